import path from 'node:path';
import { CHANGE_TARGET_LABELS } from '../../../shared/changes/describe';
import { nameOrderOf, projectChanges } from '../../../shared/changes/record';
import { ITEM_KIND_LABELS } from '../../../shared/checks/format';
import { calendarDate } from '../../../shared/i18n/format';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import {
  confirmById,
  confirmEverything,
  unconfirmedItems,
  type UnconfirmedItem,
} from '../../../shared/model/confirm';
import { newId } from '../../../shared/model/factories';
import type { Project } from '../../../shared/model/project';
import { itemDisplayName } from '../../../shared/model/values';
import { ITEM_ORIGIN_LABELS } from '../../../shared/model/vocabulary/values';
import { describeProjectFileError } from '../../../shared/project-file/describe';
import { describeFileProblem } from '../../../shared/project-file/fileProblems';
import { MAX_FILE_BYTES } from '../../../shared/project-file/format';
import { parseProjectFile } from '../../../shared/project-file/parse';
import { serializeProjectFile } from '../../../shared/project-file/serialize';
import { writeFileAtomic } from '../../files/atomicWrite';
import { toFileProblem } from '../../files/fileProblem';
import { readFileLimited } from '../../files/readFileLimited';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../commandDispatcher';
import { COMMAND_INFO } from './commandInfo';
import { APP_VERSION } from './new';

/**
 * kartotek confirm FILE --all | --item ID [--lang da|sv|en]
 * For a user who has read the register elsewhere (e.g. printed): confirms the suggestions from a template, the
 * vendor library, an import or a merge, records each confirmation in the change log and rewrites the file.
 */

const USAGE = [
  'Usage: kartotek confirm FILE --all | --item ID [--lang da|sv|en]',
  '',
  '  FILE        a Kartotek project file (.kartotek); rewritten in place',
  '  --all       confirm every suggestion (template, vendor library, import, merge), the policy texts included',
  '  --item ID   confirm one item by its id ("policy" for the policy texts)',
  "  --lang      language of the messages (default: the project's primary language)",
  '',
  'Confirm only what you have read: a confirmed activity counts as reviewed today, a confirmed vendor as verified.',
  '',
].join('\n');

const TEXTS = {
  da: {
    confirmed: (n: number) => `Bekræftet ${n} ${n === 1 ? 'element' : 'elementer'}:`,
    nothing: 'Der var intet at bekræfte: alt i filen er allerede bekræftet.',
    already: (id: string) => `»${id}« er allerede bekræftet.`,
    noItem: (id: string) => `filen har intet element med id »${id}«.`,
    from: 'forslag fra',
    cannotWrite: (file: string, why: string) => `kan ikke skrive »${file}«: ${why}`,
  },
  sv: {
    confirmed: (n: number) => `Bekräftade ${n} ${n === 1 ? 'post' : 'poster'}:`,
    nothing: 'Det fanns inget att bekräfta: allt i filen är redan bekräftat.',
    already: (id: string) => `”${id}” är redan bekräftad.`,
    noItem: (id: string) => `filen har ingen post med id ”${id}”.`,
    from: 'förslag från',
    cannotWrite: (file: string, why: string) => `kan inte skriva ”${file}”: ${why}`,
  },
  en: {
    confirmed: (n: number) => `Confirmed ${n} ${n === 1 ? 'item' : 'items'}:`,
    nothing: 'There was nothing to confirm: everything in the file is confirmed already.',
    already: (id: string) => `“${id}” is confirmed already.`,
    noItem: (id: string) => `the file has no item with id “${id}”.`,
    from: 'suggestion from',
    cannotWrite: (file: string, why: string) => `cannot write “${file}”: ${why}`,
  },
} as const;

class UsageError extends Error {}

interface ConfirmArgs {
  readonly file: string;
  readonly all: boolean;
  readonly item: string | null;
  readonly language: Language | null;
}

function parseArgs(args: readonly string[]): ConfirmArgs {
  const files: string[] = [];
  let all = false;
  let item: string | null = null;
  let language: Language | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--all') all = true;
    else if (arg === '--item' || arg === '--lang') {
      const value = args[(i += 1)];
      if (!value) throw new UsageError(`${arg} needs a value`);
      if (arg === '--item') item = value;
      else if (isLanguage(value)) language = value;
      else throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')} (got "${value}")`);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError('name one project file');
  if (all === (item !== null)) throw new UsageError('choose either --all or --item ID');
  return { file: files[0]!, all, item, language };
}

/** "Aktivitet »Support« (forslag fra skabelonen)" */
function describeItem(project: Project, entry: UnconfirmedItem, language: Language): string {
  const origin = `(${TEXTS[language].from} ${ITEM_ORIGIN_LABELS[entry.origin][language]})`;
  if (entry.key === 'policy') return `${ITEM_KIND_LABELS.policy[language]} ${origin}`;
  const item = (project[entry.key] as readonly ({ id: string } & Record<string, unknown>)[]).find(
    (candidate) => candidate.id === entry.id,
  )!;
  return `${CHANGE_TARGET_LABELS[entry.key][language]}: ${itemDisplayName(item, nameOrderOf(project))} [${entry.id}] ${origin}`;
}

async function load(file: string, language: Language | null): Promise<Project | string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFileLimited(path.resolve(file), MAX_FILE_BYTES);
  } catch (error) {
    return describeFileProblem(toFileProblem(error, file), 'open', language ?? 'en');
  }
  const result = parseProjectFile(bytes, { once: true });
  return result.ok ? result.project : describeProjectFileError(result.error, language ?? 'en');
}

export interface ConfirmCommandOptions {
  readonly now?: () => Date;
}

export function createConfirmCommand(options: ConfirmCommandOptions = {}): CliCommand {
  const clock = options.now ?? (() => new Date());
  async function run(args: readonly string[], io: CliIo): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    let parsed: ConfirmArgs;
    try {
      parsed = parseArgs(args);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`kartotek confirm: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    const loaded = await load(parsed.file, parsed.language);
    if (typeof loaded === 'string') {
      io.stderr(`kartotek confirm: ${loaded}\n`);
      return EXIT_FAILURE;
    }
    const project = loaded;
    const language = parsed.language ?? project.documentLanguages.primary;
    const t = TEXTS[language];
    const now = clock();
    const moment = { at: now.toISOString(), today: calendarDate(now) };
    const before = unconfirmedItems(project);
    let after: Project;
    if (parsed.all) after = confirmEverything(project, moment);
    else {
      const found = confirmById(project, parsed.item!, moment);
      if (!found) {
        io.stderr(`kartotek confirm: ${t.noItem(parsed.item!)}\n`);
        return EXIT_FAILURE;
      }
      after = found;
    }
    const stillOpen = new Set(unconfirmedItems(after).map((entry) => `${entry.key}:${entry.id}`));
    const confirmed = before.filter((entry) => !stillOpen.has(`${entry.key}:${entry.id}`));
    if (confirmed.length === 0) {
      io.stdout(`${parsed.all ? t.nothing : t.already(parsed.item!)}\n`);
      return EXIT_OK;
    }
    const entries = projectChanges(project, after, { at: moment.at, newId, languages: nameOrderOf(project) });
    const written: Project = {
      ...after,
      updatedAt: moment.at,
      changeLog: { ...after.changeLog, entries: [...after.changeLog.entries, ...entries] },
    };
    const file = path.resolve(parsed.file);
    try {
      await writeFileAtomic(file, serializeProjectFile(written, { appVersion: APP_VERSION, now: moment.at }));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      io.stderr(`kartotek confirm: ${t.cannotWrite(parsed.file, why)}\n`);
      return EXIT_FAILURE;
    }
    io.stdout(
      `${t.confirmed(confirmed.length)}\n${confirmed.map((entry) => `  ${describeItem(after, entry, language)}\n`).join('')}`,
    );
    return EXIT_OK;
  }
  return { ...COMMAND_INFO.confirm, run };
}

export const confirmCommand: CliCommand = createConfirmCommand();
