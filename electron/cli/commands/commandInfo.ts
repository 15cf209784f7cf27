import type { CliCommand } from '../commandDispatcher';

/**
 * The name and --help line of every command, kept apart from the commands' code: `kartotek --help` and a
 * command's start load only this list, not every command's module (the export's document code is most of
 * the CLI).
 */
export const COMMAND_INFO = {
  new: {
    name: 'new',
    summary: 'Create a project file from a starter template (new --template it-firm --lang da --out FILE)',
  },
  check: {
    name: 'check',
    summary: 'Check a project file and list its findings (check FILE [--json] [--lang da|sv|en])',
  },
  validate: {
    name: 'validate',
    summary: 'Check that a .kartotek project file opens: kartotek validate FILE [--lang da|sv|en]',
  },
  confirm: {
    name: 'confirm',
    summary:
      'Confirm suggestions (from a template, the vendor library, an import or a merge) after reading them (confirm FILE --all | --item ID)',
  },
  export: {
    name: 'export',
    summary:
      'Write the register, a policy or the vendor list as .docx or as HTML for a website, the register also as .xlsx, or the D-mærket audit pack as .zip; a register or policy with unconfirmed items or errors only as a draft (export register|policy|vendors|audit-pack FILE --lang da|sv|en [--audience NAME] [--draft] [--format docx|html|html-fragment|xlsx] --out OUT)',
  },
} as const satisfies Record<string, Pick<CliCommand, 'name' | 'summary'>>;
