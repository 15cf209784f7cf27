/**
 * The kartotek command line: a small dispatcher, separate from process handling so it runs in tests.
 * Commands (validate, export, check …) are registered as CliCommand objects; --help lists them.
 */
import { terminalSafe } from './terminalText';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliCommand {
  readonly name: string;
  /** One line for --help. */
  readonly summary: string;
  run(args: readonly string[], io: CliIo): Promise<number> | number;
}

/** Exit codes: 2 is the usual "you called me wrong", kept apart from a command's own failure (1). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface CliOptions {
  readonly version: string;
  readonly io: CliIo;
  readonly commands?: readonly CliCommand[];
}

function helpText(commands: readonly CliCommand[]): string {
  const rows: [string, string][] = [
    ...commands.map((command): [string, string] => [command.name, command.summary]),
    ['--help, -h', 'Show this help'],
    ['--version, -v', 'Print the version of Kartotek'],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return [
    'Kartotek: the GDPR record of processing activities, from the command line.',
    '',
    'Usage: kartotek <command> [options]',
    '',
    'Commands:',
    ...rows.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`),
    '',
  ].join('\n');
}

export async function runCli(argv: readonly string[], cliOptions: CliOptions): Promise<number> {
  // Every line a command prints passes here, so no command can forget to clean text taken from a file.
  const io: CliIo = {
    stdout: (text) => cliOptions.io.stdout(terminalSafe(text)),
    stderr: (text) => cliOptions.io.stderr(terminalSafe(text)),
  };
  const options = { ...cliOptions, io };
  const commands = options.commands ?? [];
  const [first, ...rest] = argv;

  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    options.io.stdout(helpText(commands));
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v' || first === 'version') {
    options.io.stdout(`${options.version}\n`);
    return EXIT_OK;
  }

  const command = commands.find((candidate) => candidate.name === first);
  if (!command) {
    options.io.stderr(`kartotek: unknown command "${first}". Run "kartotek --help" to see the commands.\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, options.io);
  } catch (error) {
    options.io.stderr(
      `kartotek ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT_FAILURE;
  }
}
