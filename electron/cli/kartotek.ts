/**
 * Entry of dist/cli/kartotek.cjs (package.json "bin"). Runs in plain Node ≥ 20, without Electron.
 * The version is written in at bundle time, so the CLI does not depend on where package.json lies.
 */
import { runCli } from './commandDispatcher';
import { CLI_COMMANDS } from './commands';

declare const __KARTOTEK_VERSION__: string;

runCli(process.argv.slice(2), {
  version: __KARTOTEK_VERSION__,
  commands: CLI_COMMANDS,
  io: {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
}).then(
  // exitCode rather than exit(): lets piped output drain before Node ends.
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kartotek: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
