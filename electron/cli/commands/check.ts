import path from 'node:path';
import {
  countBySeverity,
  groupBySeverity,
  runChecks,
  SEVERITIES,
  type Finding,
  type Severity,
} from '../../../shared/checks';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model/project';
import { MAX_FILE_BYTES } from '../../../shared/project-file/format';
import { parseProjectFile } from '../../../shared/project-file/parse';
import { toFileProblem } from '../../files/fileProblem';
import { readFileLimited } from '../../files/readFileLimited';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../commandDispatcher';
import { COMMAND_INFO } from './commandInfo';

/**
 * `kartotek check FILE [--json] [--lang da|sv|en]`: runs the compliance checks on a project file and
 * prints the findings grouped by severity (or as JSON).
 * Exit codes: 0 no errors (warnings and info may remain); 1 at least one error; 2 called wrong, or the
 * file cannot be read or is no valid project file.
 */

class UsageError extends Error {}

interface CheckArgs {
  file: string;
  json: boolean;
  language: Language | null;
  help: boolean;
}

function parseArgs(args: readonly string[]): CheckArgs {
  const files: string[] = [];
  let json = false;
  let help = false;
  let language: Language | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      if (value === undefined) throw new UsageError('--lang needs a value');
      if (!isLanguage(value))
        throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')} (got "${value}")`);
      if (language !== null) throw new UsageError('--lang is given twice');
      language = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (help) return { file: '', json, language, help };
  if (files.length === 0) throw new UsageError('missing FILE');
  if (files.length > 1) throw new UsageError(`give one file (got ${files.length})`);
  return { file: files[0] as string, json, language, help };
}

const HELP = [
  'Usage: kartotek check FILE [--json] [--lang da|sv|en]',
  '',
  'Checks a project file against the rules of Kartotek (legal bases, retention, vendors, transfers,',
  'outdated texts, translations, drift since the last policy export …) and prints the findings.',
  '',
  '  --json            print the findings as JSON (one object: counts and findings)',
  "  --lang da|sv|en   language of the messages (default: the project's primary language)",
  '',
  'Exit status: 0 no errors, 1 at least one error, 2 wrong usage or unreadable file.',
  '',
].join('\n');

const HEADINGS: Readonly<Record<Language, Readonly<Record<Severity, string>>>> = {
  da: { error: 'Fejl', warning: 'Advarsler', info: 'Til orientering' },
  sv: { error: 'Fel', warning: 'Varningar', info: 'Information' },
  en: { error: 'Errors', warning: 'Warnings', info: 'Information' },
};

function summary(language: Language, counts: Readonly<Record<Severity, number>>): string {
  const { error, warning, info } = counts;
  if (error + warning + info === 0)
    return { da: 'Ingen fund.', sv: 'Inga anmärkningar.', en: 'No findings.' }[language];
  return {
    da: `${error} fejl, ${warning} ${warning === 1 ? 'advarsel' : 'advarsler'}, ${info} til orientering.`,
    sv: `${error} fel, ${warning} ${warning === 1 ? 'varning' : 'varningar'}, ${info} för information.`,
    en: `${error} ${error === 1 ? 'error' : 'errors'}, ${warning} ${warning === 1 ? 'warning' : 'warnings'}, ${info} info.`,
  }[language];
}

function title(language: Language, project: Project, file: string): string {
  const name = project.name;
  return {
    da: `Kartotek-tjek af »${name}« (${file})`,
    sv: `Kartotek-kontroll av ”${name}” (${file})`,
    en: `Kartotek check of “${name}” (${file})`,
  }[language];
}

function formatText(
  language: Language,
  project: Project,
  file: string,
  findings: readonly Finding[],
): string {
  const lines = [title(language, project, file), ''];
  const groups = groupBySeverity(findings);
  for (const severity of SEVERITIES) {
    const group = groups[severity];
    if (group.length === 0) continue;
    lines.push(`${HEADINGS[language][severity]} (${group.length})`);
    for (const finding of group) lines.push(`  - [${finding.ruleId}] ${finding.message}`);
    lines.push('');
  }
  lines.push(summary(language, countBySeverity(findings)));
  return `${lines.join('\n')}\n`;
}

/** The caller's local date, YYYY-MM-DD: review deadlines are days, not instants. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface CheckCommandOptions {
  /** The clock, for tests. */
  readonly now?: () => Date;
}

export function createCheckCommand(options: CheckCommandOptions = {}): CliCommand {
  const clock = options.now ?? (() => new Date());

  async function run(args: readonly string[], io: CliIo): Promise<number> {
    let parsed: CheckArgs;
    try {
      parsed = parseArgs(args);
    } catch (error) {
      io.stderr(
        `kartotek check: ${(error as Error).message}\nRun "kartotek check --help" for the options.\n`,
      );
      return EXIT_USAGE;
    }
    if (parsed.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }

    let bytes: Uint8Array;
    try {
      // Limited and kind-checked like every other command's read: a pipe or a huge file is refused at once.
      bytes = await readFileLimited(path.resolve(parsed.file), MAX_FILE_BYTES);
    } catch (error) {
      const problem = toFileProblem(error, parsed.file);
      const { describeFileProblem } = await import('../../../shared/project-file/fileProblems');
      io.stderr(`kartotek check: ${describeFileProblem(problem, 'open', parsed.language ?? 'en')}\n`);
      return EXIT_USAGE;
    }
    const result = parseProjectFile(bytes, { once: true });
    if (!result.ok) {
      // The messages, in every language, are loaded only for a file that fails.
      const { describeProjectFileError } = await import('../../../shared/project-file/describe');
      const message = describeProjectFileError(result.error, parsed.language ?? 'en');
      io.stderr(`kartotek check: ${parsed.file}: ${message}\n`);
      return EXIT_USAGE;
    }

    const project = result.project;
    const language = parsed.language ?? project.documentLanguages.primary;
    const today = localDate(clock());
    const findings = runChecks(project, { today, language });
    const counts = countBySeverity(findings);

    if (parsed.json) {
      const report = {
        file: path.resolve(parsed.file),
        project: project.name,
        language,
        today,
        counts,
        findings,
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      io.stdout(formatText(language, project, parsed.file, findings));
    }
    return counts.error > 0 ? EXIT_FAILURE : EXIT_OK;
  }

  return { ...COMMAND_INFO.check, run };
}

export const checkCommand: CliCommand = createCheckCommand();
