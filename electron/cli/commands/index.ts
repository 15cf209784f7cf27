import type { CliCommand } from '../commandDispatcher';
import { COMMAND_INFO } from './commandInfo';

/**
 * A command whose module is imported only when it runs: the bundled CLI is split at these imports, so
 * `--help`, `validate` and `check` never load the export's document code (docx, jszip, shared/documents).
 */
function loadedWhenRun(
  info: Pick<CliCommand, 'name' | 'summary'>,
  load: () => Promise<CliCommand>,
): CliCommand {
  return { ...info, run: async (args, io) => (await load()).run(args, io) };
}

/** Every command of the kartotek CLI, in the order --help lists them. One module per command. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  loadedWhenRun(COMMAND_INFO.new, async () => (await import('./new')).newCommand),
  loadedWhenRun(COMMAND_INFO.check, async () => (await import('./check')).checkCommand),
  loadedWhenRun(COMMAND_INFO.validate, async () => (await import('./validate')).validateCommand),
  loadedWhenRun(COMMAND_INFO.confirm, async () => (await import('./confirm')).confirmCommand),
  loadedWhenRun(COMMAND_INFO.export, async () => (await import('./export')).exportCommand),
];
