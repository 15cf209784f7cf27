import type { CliCommand } from '../commandDispatcher';

/** Every command of the kartotek CLI, in the order --help lists them. One module per command. */
export const CLI_COMMANDS: readonly CliCommand[] = [];
