import type { CliCommand } from '../commandDispatcher';
import { checkCommand } from './check';
import { confirmCommand } from './confirm';
import { exportCommand } from './export';
import { newCommand } from './new';
import { validateCommand } from './validate';

/** Every command of the kartotek CLI, in the order --help lists them. One module per command. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  newCommand,
  checkCommand,
  validateCommand,
  confirmCommand,
  exportCommand,
];
