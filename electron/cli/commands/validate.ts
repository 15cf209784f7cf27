import { wording, type Wording } from '../../../shared/model/primitives';
import path from 'node:path';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { formatPath } from '../../../shared/project-file/errors';
import { MAX_FILE_BYTES } from '../../../shared/project-file/format';
import { parseProjectFile } from '../../../shared/project-file/parse';
import { toFileProblem } from '../../files/fileProblem';
import { readFileLimited } from '../../files/readFileLimited';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../commandDispatcher';
import { COMMAND_INFO } from './commandInfo';

/**
 * `kartotek validate FILE [--lang da|sv|en]`: checks a project file exactly as the app does when it
 * opens one. Exit codes: 0 valid; 1 not valid or not readable (the message, in the chosen language,
 * names the problem and the field); 2 called wrong.
 */

const USAGE = `Usage: kartotek validate FILE [--lang da|sv|en]

Checks that FILE is a Kartotek project file the app can open: format, version, every field and every
reference between activities and catalogs. Prints a summary and exits 0 when it is valid; prints what
is wrong and where, and exits 1, when it is not.

Options:
  --lang da|sv|en  language of the messages (default: en)
  --help           show this help
`;

const SUMMARY: Record<Language, (name: string, activities: number, migratedFrom?: number) => string> = {
  da: (name, n, from) =>
    `gyldig: ${name}, ${n} ${n === 1 ? 'behandlingsaktivitet' : 'behandlingsaktiviteter'}${from ? ` (filformat ${from}, læses som det nuværende)` : ''}`,
  sv: (name, n, from) =>
    `giltig: ${name}, ${n} ${n === 1 ? 'behandling' : 'behandlingar'}${from ? ` (filformat ${from}, läses som det nuvarande)` : ''}`,
  en: (name, n, from) =>
    `valid: ${name}, ${n} ${n === 1 ? 'activity' : 'activities'}${from ? ` (file format ${from}, read as the current one)` : ''}`,
};

const FIELD_WORD: Wording = wording('felt', 'fält', 'field');

interface Options {
  file: string;
  language: Language;
}

function parseArgs(args: readonly string[]): Options | 'help' | string {
  let file: string | undefined;
  let language: Language = 'en';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      if (!isLanguage(value)) return `--lang must be one of ${LANGUAGES.join(', ')}`;
      language = value;
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return 'give one file at a time';
    }
  }
  return file === undefined ? 'which file? Give its path' : { file, language };
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  if (options === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (typeof options === 'string') {
    io.stderr(`kartotek validate: ${options}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { file, language } = options;

  let bytes: Uint8Array;
  try {
    bytes = await readFileLimited(path.resolve(file), MAX_FILE_BYTES);
  } catch (error) {
    const { describeFileProblem } = await import('../../../shared/project-file/fileProblems');
    io.stderr(`${describeFileProblem(toFileProblem(error, file), 'open', language)}\n`);
    return EXIT_FAILURE;
  }

  const result = parseProjectFile(bytes, { once: true });
  if (result.ok) {
    io.stdout(
      `${SUMMARY[language](result.project.name, result.project.activities.length, result.migratedFrom)}\n`,
    );
    return EXIT_OK;
  }
  // The messages, in every language, are loaded only for a file that fails.
  const { describeIssue, describeProjectFileError } = await import('../../../shared/project-file/describe');
  const { error } = result;
  const lines = [describeProjectFileError(error, language)];
  if (error.path.length > 0) lines.push(`  ${FIELD_WORD[language]}: ${formatPath(error.path)}`);
  if (error.code === 'invalid') {
    for (const issue of error.issues.slice(1)) {
      lines.push(`  - ${describeIssue(issue, language)} (${formatPath(issue.path)})`);
    }
  }
  io.stderr(`${lines.join('\n')}\n`);
  return EXIT_FAILURE;
}

export const validateCommand: CliCommand = { ...COMMAND_INFO.validate, run };
