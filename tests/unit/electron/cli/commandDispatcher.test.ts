import { describe, expect, it } from 'vitest';
import {
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  runCli,
  type CliCommand,
} from '../../../../electron/cli/commandDispatcher';

async function run(argv: string[], commands?: CliCommand[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    version: '9.8.7',
    commands,
    io: { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('kartotek CLI dispatcher', () => {
  it.each([['--version'], ['-v'], ['version']])(
    '%s prints the version on stdout and exits 0',
    async (flag) => {
      expect(await run([flag])).toEqual({ code: EXIT_OK, stdout: '9.8.7\n', stderr: '' });
    },
  );

  it.each([['--help'], ['-h'], ['help'], []])('"%s" prints usage on stdout and exits 0', async (...argv) => {
    const result = await run(argv);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(/Usage: kartotek <command>/);
    expect(result.stdout).toMatch(/--version/);
    expect(result.stderr).toBe('');
  });

  it('an unknown command is a usage error: message on stderr, nothing on stdout, exit 2', async () => {
    const result = await run(['frobnicate']);
    expect(result).toMatchObject({ code: EXIT_USAGE, stdout: '' });
    expect(result.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('dispatches to a registered command with the remaining arguments, and lists it in --help', async () => {
    const seen: (readonly string[])[] = [];
    const validate: CliCommand = {
      name: 'validate',
      summary: 'Check a project file',
      run: (args, io) => {
        seen.push(args);
        io.stdout('ok\n');
        return EXIT_OK;
      },
    };
    expect(await run(['validate', 'a.kartotek', '--json'], [validate])).toEqual({
      code: 0,
      stdout: 'ok\n',
      stderr: '',
    });
    expect(seen).toEqual([['a.kartotek', '--json']]);
    expect((await run(['--help'], [validate])).stdout).toMatch(/validate\s+Check a project file/);
  });

  it('a command that throws reports on stderr and exits 1', async () => {
    const broken: CliCommand = {
      name: 'export',
      summary: 'Export',
      run: () => {
        throw new Error('cannot read a.kartotek');
      },
    };
    expect(await run(['export'], [broken])).toEqual({
      code: EXIT_FAILURE,
      stdout: '',
      stderr: 'kartotek export: cannot read a.kartotek\n',
    });
  });
});
