import path from 'node:path';
import { buildAuditPack } from '../../../shared/auditPack';
import {
  describeSpliceFailure,
  exportBlockers,
  exportDocument,
  exportWebDocument,
  hasExportBlockers,
  type ExportBlockers,
  type DocumentKind,
  type SpliceFailure,
  type TextFallback,
} from '../../../shared/documents';
import { calendarDate } from '../../../shared/i18n/format';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { anyText } from '../../../shared/model/localizedText';
import type { Project } from '../../../shared/model/project';
import { describeIssue, describeProjectFileError } from '../../../shared/project-file/describe';
import { formatPath } from '../../../shared/project-file/errors';
import { describeFileProblem } from '../../../shared/project-file/fileProblems';
import { MAX_FILE_BYTES } from '../../../shared/project-file/format';
import { parseProjectFile } from '../../../shared/project-file/parse';
import { writeFileAtomic } from '../../files/atomicWrite';
import { toFileProblem } from '../../files/fileProblem';
import { readFileLimited } from '../../files/readFileLimited';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../commandDispatcher';
import { COMMAND_INFO } from './commandInfo';

/**
 * kartotek export register|policy|vendors FILE --lang da|sv|en [--audience NAME-or-id] [--format …] --out OUT.docx
 * kartotek export audit-pack FILE --lang da|sv|en --out OUT.zip
 * Runs the same builders and renderer as the app, on a project file, in plain Node.
 */

type ExportKind = DocumentKind | 'audit-pack';

const KINDS: readonly ExportKind[] = ['register', 'policy', 'vendors', 'audit-pack'];

/**
 * Word, a web page, or the fragment for a website's editor: the same document model, the same words; and the
 * register as a spreadsheet.
 */
const FORMATS = ['docx', 'html', 'html-fragment', 'xlsx'] as const;
type ExportFormat = (typeof FORMATS)[number];

const USAGE = [
  'Usage: kartotek export register|policy|vendors FILE --lang da|sv|en [--audience NAME] [--draft]',
  '                      [--format docx|html|html-fragment] --out OUT',
  '       kartotek export audit-pack FILE --lang da|sv|en --out OUT.zip',
  '',
  '  FILE            a Kartotek project file (.kartotek)',
  '  --lang          the document language: da, sv or en',
  '  --audience      for a policy: the audience (notice) by name or id; needed when the project has several',
  '  --format        docx (default); html: a self-contained web page (no script, nothing external, print',
  "                  styles); html-fragment: the same without title and styles, to paste into a website's editor;",
  '                  xlsx (register only): a workbook, one sheet per part, with filters and drop-downs',
  '  --out           the file to write (replaced if it exists); for audit-pack, the .zip file',
  '  --draft         write the register or policy as a draft, marked "Udkast / Utkast / Draft" on every page;',
  '                  without it, a register or policy with unconfirmed items or error findings is not written',
  '                  (exit 1, listing them; confirm them with "kartotek confirm")',
  '',
  '  audit-pack      one .zip for a D-mærket audit: an index mapping the sub-criteria to the evidence, the',
  '                  register, the policy per audience, the vendor overview, the security measures and the',
  '                  findings report',
  '',
].join('\n');

/** A failure the user can fix: printed as it is, without a stack. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}

interface ExportArgs {
  kind: ExportKind;
  file: string;
  language: Language;
  audience: string | null;
  out: string;
  draft: boolean;
  format: ExportFormat;
}

function parseArgs(args: readonly string[]): ExportArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--draft') {
      options.set('draft', 'yes');
      continue;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!['lang', 'audience', 'out', 'format'].includes(name))
      throw new CliError(`unknown option "--${name}"`, EXIT_USAGE);
    const value = inline ?? args[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || value === '') throw new CliError(`--${name} needs a value`, EXIT_USAGE);
    options.set(name, value);
  }
  const [kind, file, ...extra] = positional;
  if (!kind || !(KINDS as readonly string[]).includes(kind)) {
    throw new CliError(`choose what to export: ${KINDS.join(', ')}`, EXIT_USAGE);
  }
  if (!file) throw new CliError('name the project file to export from', EXIT_USAGE);
  if (extra.length) throw new CliError(`unexpected argument "${extra[0]}"`, EXIT_USAGE);
  const language = options.get('lang');
  if (!isLanguage(language)) {
    throw new CliError(
      language === undefined
        ? `--lang is required (${LANGUAGES.join(', ')})`
        : `--lang must be one of ${LANGUAGES.join(', ')}, not "${language}"`,
      EXIT_USAGE,
    );
  }
  const out = options.get('out');
  if (!out) {
    throw new CliError(
      `--out is required: the ${kind === 'audit-pack' ? '.zip' : '.docx'} file to write`,
      EXIT_USAGE,
    );
  }
  const audience = options.get('audience') ?? null;
  if (audience !== null && kind !== 'policy')
    throw new CliError('--audience only applies to a policy', EXIT_USAGE);
  const draft = options.has('draft');
  if (draft && kind !== 'register' && kind !== 'policy')
    throw new CliError('--draft only applies to a register or a policy', EXIT_USAGE);
  const format = options.get('format') ?? 'docx';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new CliError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`, EXIT_USAGE);
  if (format !== 'docx' && kind === 'audit-pack')
    throw new CliError('--format only applies to a register, a policy or the vendor overview', EXIT_USAGE);
  if (format === 'xlsx' && kind !== 'register')
    throw new CliError('--format xlsx only applies to the register', EXIT_USAGE);
  return { kind: kind as ExportKind, file, language, audience, out, draft, format: format as ExportFormat };
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return (
      { ENOENT: 'no such folder', EACCES: 'permission denied', EISDIR: 'it is a folder' }[error.code] ??
      error.code
    );
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads and checks a project file exactly as the app opens one (shared/project-file: format, version,
 * migrations, every field and reference). Messages are in English, like the rest of this command's output.
 */
async function loadProjectFile(file: string): Promise<Project> {
  let bytes: Uint8Array;
  try {
    bytes = await readFileLimited(path.resolve(file), MAX_FILE_BYTES);
  } catch (error) {
    throw new CliError(describeFileProblem(toFileProblem(error, file), 'open', 'en'));
  }
  const result = parseProjectFile(bytes, { once: true });
  if (result.ok) return result.project;
  const { error } = result;
  const lines = [describeProjectFileError(error, 'en')];
  if (error.path.length > 0) lines.push(`  field: ${formatPath(error.path)}`);
  if (error.code === 'invalid') {
    for (const issue of error.issues.slice(1, 5)) {
      lines.push(`  - ${describeIssue(issue, 'en')} (${formatPath(issue.path)})`);
    }
  }
  throw new CliError(lines.join('\n'));
}

/** Finds the audience by id, or by its name in any language (case-insensitive). */
function resolveAudience(project: Project, wanted: string | null): string | null {
  const audiences = project.audiences;
  const width = Math.max(0, ...audiences.map((a) => a.id.length));
  const listing = () =>
    audiences
      .map(
        (a) =>
          `  ${a.id.padEnd(width)}  ${anyText(a.name, [project.documentLanguages.primary, ...LANGUAGES])}`,
      )
      .join('\n');
  if (wanted === null) {
    if (audiences.length <= 1) return audiences[0]?.id ?? null;
    throw new CliError(
      `the project has several policy audiences; choose one with --audience:\n${listing()}`,
      EXIT_USAGE,
    );
  }
  const folded = wanted.trim().toLocaleLowerCase();
  const match =
    audiences.find((a) => a.id === wanted) ??
    audiences.find((a) => Object.values(a.name).some((name) => name?.trim().toLocaleLowerCase() === folded));
  if (!match) {
    throw new CliError(
      audiences.length
        ? `the project has no audience "${wanted}". Its audiences are:\n${listing()}`
        : `the project has no audience "${wanted}": it has no audiences at all`,
    );
  }
  return match.id;
}

function fallbackNote(fallbacks: readonly TextFallback[], language: Language, primary: Language): string {
  const items = fallbacks
    .slice(0, 10)
    .map((f) => `  ${f.owner}${f.itemName ? ` "${f.itemName}"` : ''}: ${f.field}`)
    .join('\n');
  const more = fallbacks.length > 10 ? `\n  … and ${fallbacks.length - 10} more` : '';
  return `note: ${fallbacks.length} text(s) have no "${language}" translation; the "${primary}" text was used:\n${items}${more}\n`;
}

const REFUSAL = {
  da: {
    lead: 'dokumentet skrives ikke som endeligt:',
    unconfirmed: 'Ikke bekræftet',
    errors: 'Fejl',
    hint: 'Læs og bekræft forslagene (kartotek confirm FILE --all | --item ID), ret fejlene, eller skriv et udkast med --draft.',
  },
  sv: {
    lead: 'dokumentet skrivs inte som slutligt:',
    unconfirmed: 'Inte bekräftat',
    errors: 'Fel',
    hint: 'Läs och bekräfta förslagen (kartotek confirm FILE --all | --item ID), rätta felen eller skriv ett utkast med --draft.',
  },
  en: {
    lead: 'the document is not written as final:',
    unconfirmed: 'Not confirmed',
    errors: 'Errors',
    hint: 'Read and confirm the suggestions (kartotek confirm FILE --all | --item ID), fix the errors, or write a draft with --draft.',
  },
} as const;

/** Why a register or policy was not written, in the document's language: each item and finding on a line. */
function refusal(blockers: ExportBlockers, language: Language): string {
  const t = REFUSAL[language];
  const group = (title: string, findings: ExportBlockers['errors']) =>
    findings.length
      ? [
          `${title} (${findings.length}):`,
          ...findings.map((f) => `  - ${f.message}${f.item.id ? ` [${f.item.id}]` : ''}`),
        ]
      : [];
  return [
    t.lead,
    ...group(t.unconfirmed, blockers.unconfirmed),
    ...group(t.errors, blockers.errors),
    t.hint,
  ].join('\n');
}

/** What the notice says, by the number of files written the slower way and why the first one was. */
const SLOWER_PATH_NOTICE: Readonly<Record<Language, (files: number, why: string) => string>> = {
  da: (files, why) =>
    `bemærk: ${files === 1 ? 'Word-filen' : `${files} af Word-filerne`} blev skrevet ad den langsommere vej, fordi docx skrev andet end ventet (${why}); indholdet er det samme.`,
  sv: (files, why) =>
    `obs: ${files === 1 ? 'Word-filen' : `${files} av Word-filerna`} skrevs på det långsammare sättet eftersom docx skrev något annat än väntat (${why}); innehållet är detsamma.`,
  en: (files, why) =>
    `note: ${files === 1 ? 'the Word file was' : `${files} of the Word files were`} written the slower way because docx wrote something unexpected (${why}); the content is the same.`,
};

/**
 * One line when the fast .docx writer fell back to the slower one (see shared/documents/docx/spliceBody): the
 * file is right, but a docx upgrade has changed what the fast path relies on, which should be reported.
 */
function noteSlowerPath(io: CliIo, failures: readonly SpliceFailure[], language: Language): void {
  const [first] = failures;
  if (first) io.stderr(`${SLOWER_PATH_NOTICE[language](failures.length, describeSpliceFailure(first))}\n`);
}

async function writeFile(out: string, shown: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(out, bytes);
  } catch (error) {
    throw new CliError(`cannot write "${shown}": ${describeError(error)}`);
  }
}

/** The D-mærket audit pack: every document as .docx in one .zip, with the index of sub-criteria. */
async function writeAuditPack(project: Project, options: ExportArgs, io: CliIo): Promise<number> {
  const now = new Date();
  const pack = await buildAuditPack(project, {
    language: options.language,
    now,
    today: calendarDate(now),
  });
  const out = path.resolve(options.out);
  await writeFile(out, options.out, pack.bytes);
  if (pack.fallbacks.length > 0) {
    io.stderr(fallbackNote(pack.fallbacks, options.language, project.documentLanguages.primary));
  }
  noteSlowerPath(
    io,
    pack.spliceFailures.map((f) => f.failure),
    options.language,
  );
  io.stdout(
    `Wrote ${out} (audit-pack, ${options.language}, ${pack.entries.length} files, ${pack.bytes.length} bytes)\n` +
      pack.entries.map((entry) => `  ${entry}\n`).join(''),
  );
  return EXIT_OK;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  try {
    const options = parseArgs(args);
    const project = await loadProjectFile(options.file);
    if (options.kind === 'audit-pack') return await writeAuditPack(project, options, io);
    const audienceId = options.kind === 'policy' ? resolveAudience(project, options.audience) : null;
    const now = new Date();
    if ((options.kind === 'register' || options.kind === 'policy') && !options.draft) {
      const blockers = exportBlockers(project, options.kind, {
        audienceId,
        today: calendarDate(now),
        language: options.language,
      });
      if (hasExportBlockers(blockers)) throw new CliError(refusal(blockers, options.language));
    }
    const exportOptions = {
      kind: options.kind,
      language: options.language,
      audienceId,
      now,
      draft: options.draft,
    };
    const out = path.resolve(options.out);
    if (options.format === 'xlsx') {
      const { exportRegisterXlsx } = await import('../../../shared/spreadsheet');
      const sheet = await exportRegisterXlsx(project, {
        language: options.language,
        now,
        draft: options.draft,
      });
      await writeFile(out, options.out, sheet.bytes);
      io.stdout(
        `Wrote ${out} (register, xlsx, ${options.language}${options.draft ? ', draft' : ''}, ${sheet.bytes.length} bytes)\n`,
      );
      return EXIT_OK;
    }
    if (options.format !== 'docx') {
      const web = exportWebDocument(project, exportOptions);
      const bytes = new TextEncoder().encode(options.format === 'html' ? web.page : web.fragment);
      await writeFile(out, options.out, bytes);
      if (web.fallbacks.length > 0) {
        io.stderr(fallbackNote(web.fallbacks, options.language, project.documentLanguages.primary));
      }
      const draft = options.draft ? ', draft' : '';
      io.stdout(
        `Wrote ${out} (${options.kind}, ${options.format}, ${options.language}${draft}, ${bytes.length} bytes)\n`,
      );
      return EXIT_OK;
    }
    const result = await exportDocument(project, exportOptions);
    await writeFile(out, options.out, result.bytes);
    if (result.fallbacks.length > 0) {
      io.stderr(fallbackNote(result.fallbacks, options.language, project.documentLanguages.primary));
    }
    noteSlowerPath(io, result.spliceFailure ? [result.spliceFailure] : [], options.language);
    const draft = options.draft ? ', draft' : '';
    io.stdout(`Wrote ${out} (${options.kind}, ${options.language}${draft}, ${result.bytes.length} bytes)\n`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`kartotek export: ${error.message}\n`);
    if (error.code === EXIT_USAGE) io.stderr(`\n${USAGE}`);
    return error.code;
  }
}

export const exportCommand: CliCommand = { ...COMMAND_INFO.export, run };
