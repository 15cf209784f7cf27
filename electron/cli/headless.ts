import type { CliCommand } from './commandDispatcher';

const GLOBAL_FLAGS = new Set(['--help', '-h', 'help', '--version', '-v', 'version']);

/**
 * The command-line arguments when the installed app is started as a CLI (e.g. `Kartotek export policy
 * file.kartotek --lang da --out policy.docx`), or null for a normal start with a window. Electron's argv
 * holds the executable and, when not packaged, the app folder before the user's arguments; a project file
 * alone (a double-click) is not a command and opens the window.
 */
export function headlessCliArgs(
  argv: readonly string[],
  isPackaged: boolean,
  commands: readonly Pick<CliCommand, 'name'>[],
): string[] | null {
  const args = argv
    .slice(isPackaged ? 1 : 2)
    .filter((arg) => !arg.startsWith('--inspect') && arg !== '--no-sandbox');
  const [first] = args;
  if (first === undefined) return null;
  return GLOBAL_FLAGS.has(first) || commands.some((command) => command.name === first) ? args : null;
}
