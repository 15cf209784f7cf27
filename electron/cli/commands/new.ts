import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { JURISDICTIONS, type Jurisdiction } from '../../../shared/model/organisation';
import { serializeProjectFile } from '../../../shared/project-file/serialize';
import {
  activityNeedsCustomers,
  buildStarterProject,
  defaultActivityKeys,
  IT_SERVICES_FIRM_TEMPLATE,
  isStarterActivityKey,
  STARTER_ACTIVITY_KEYS,
  starterActivities,
  StarterTemplateError,
  suggestedVendorIds,
  type StarterActivityKey,
  type StarterCustomer,
  type StarterOrganisation,
} from '../../../shared/templates';
import { writeFileAtomic } from '../../files/atomicWrite';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../commandDispatcher';
import { COMMAND_INFO } from './commandInfo';

/**
 * `kartotek new --template it-firm --lang da --out FILE [organisation options]`: writes a new project file
 * from a starter template, the command-line twin of the first-run wizard.
 * Exit codes: 0 written; 1 not written (the file exists, the folder is missing, the write failed);
 * 2 called wrong (unknown option, missing or invalid value).
 */

declare const __KARTOTEK_VERSION__: string;

/** The bundle defines the version; under tests and tsx there is none. */
export const APP_VERSION = typeof __KARTOTEK_VERSION__ === 'string' ? __KARTOTEK_VERSION__ : '0.0.0-dev';

const TEMPLATES = [IT_SERVICES_FIRM_TEMPLATE.id] as const;

const VALUE_OPTIONS = [
  'template',
  'lang',
  'out',
  'name',
  'cvr',
  'org-nr',
  'registration-number',
  'address',
  'postcode',
  'city',
  'country',
  'email',
  'phone',
  'website',
  'privacy-email',
  'jurisdiction',
  'languages',
  'activities',
  'customers',
  'vendors',
  'project-name',
] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const FLAG_OPTIONS = ['force', 'help'] as const;
type FlagOption = (typeof FLAG_OPTIONS)[number];

const DEFAULT_JURISDICTION: Readonly<Record<Language, Jurisdiction>> = { da: 'DK', sv: 'SE', en: 'other' };

class UsageError extends Error {}

interface ParsedArgs {
  values: Partial<Record<ValueOption, string>>;
  flags: Set<FlagOption>;
}

function parseArgs(args: readonly string[]): ParsedArgs {
  const values: Partial<Record<ValueOption, string>> = {};
  const flags = new Set<FlagOption>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      flags.add(name as FlagOption);
      continue;
    }
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown option "--${name}"`);
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      i++;
    }
    if (values[name as ValueOption] !== undefined) throw new UsageError(`--${name} is given twice`);
    values[name as ValueOption] = value;
  }
  return { values, flags };
}

const list = (value: string, separator = ','): string[] =>
  value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** The template's processor activities (needing --customers), e.g. "itOperations". */
const processorKeys = (): StarterActivityKey[] => STARTER_ACTIVITY_KEYS.filter(activityNeedsCustomers);

function helpText(): string {
  const activities = starterActivities('DK')
    .map((a) => `    ${a.key.padEnd(16)} ${a.name.en}`)
    .join('\n');
  return [
    'Usage: kartotek new --template it-firm --lang da|sv|en --out FILE [options]',
    '',
    'Creates a project file with a starter register, ready to open in Kartotek.',
    '',
    'Required:',
    `  --template NAME        ${TEMPLATES.join(', ')}`,
    '  --lang da|sv|en        primary document language (also the default jurisdiction: da → DK, sv → SE)',
    '  --out FILE             the project file to write (e.g. acme.kartotek)',
    '',
    'Organisation (all optional, editable later):',
    '  --name "Legal name"    the legal name',
    '  --cvr NUMBER           registration number (also --org-nr, --registration-number)',
    '  --address STREET       street address',
    '  --postcode CODE, --city CITY, --country CC (ISO 3166-1 alpha-2)',
    '  --email, --phone, --website, --privacy-email',
    '',
    'Register:',
    `  --jurisdiction J       ${JURISDICTIONS.join(', ')} (default from --country, else from --lang)`,
    '  --languages da,en      document languages (default: --lang only); must include --lang',
    '  --activities a,b       starter activities to include (default: all; without --customers, all but',
    `                         the processor activity ${processorKeys().join(', ')}):`,
    activities,
    '  --customers "A; B"     the customers (controllers) you process data for as a processor, separated by',
    `                         semicolons; needed to include ${processorKeys().join(', ')}`,
    '  --vendors x,y|none     library vendors to add (default: none; the suggested ones are listed after creating)',
    '  --project-name NAME    the name in the workspace (default: the legal name)',
    '  --force                overwrite FILE if it exists',
    '',
  ].join('\n');
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "itguy.dk" → "https://itguy.dk"; anything with a scheme is left for the model to judge. */
function normaliseWebsite(value: string): string {
  const trimmed = value.trim();
  return trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export interface NewCommandOptions {
  /** The clock (for tests); the project's dates use its local date. */
  readonly now?: () => Date;
  readonly appVersion?: string;
}

export function createNewCommand(options: NewCommandOptions = {}): CliCommand {
  const clock = options.now ?? (() => new Date());
  const appVersion = options.appVersion ?? APP_VERSION;

  async function run(args: readonly string[], io: CliIo): Promise<number> {
    let parsed: ParsedArgs;
    try {
      parsed = parseArgs(args);
    } catch (error) {
      return usage(io, error);
    }
    if (parsed.flags.has('help')) {
      io.stdout(helpText());
      return EXIT_OK;
    }

    let request: ReturnType<typeof interpret>;
    try {
      request = interpret(parsed);
    } catch (error) {
      return usage(io, error);
    }

    const now = clock();
    let text: string;
    let summary: string;
    try {
      const project = buildStarterProject({
        ...request.build,
        today: localDate(now),
        now: now.toISOString(),
      });
      text = serializeProjectFile(project, { appVersion, now: now.toISOString() });
      summary = describeResult(project, request.build, request.out);
    } catch (error) {
      if (error instanceof StarterTemplateError) {
        io.stderr(`kartotek new: ${error.message}\n`);
        return EXIT_USAGE;
      }
      throw error;
    }

    const existing = await stat(request.out).catch(() => null);
    if (existing?.isDirectory()) {
      io.stderr(`kartotek new: ${request.out} is a folder; give a file name with --out.\n`);
      return EXIT_FAILURE;
    }
    if (existing && !parsed.flags.has('force')) {
      io.stderr(`kartotek new: ${request.out} already exists. Use --force to overwrite it.\n`);
      return EXIT_FAILURE;
    }
    const folder = await stat(path.dirname(request.out)).catch(() => null);
    if (!folder?.isDirectory()) {
      io.stderr(`kartotek new: the folder ${path.dirname(request.out)} does not exist.\n`);
      return EXIT_FAILURE;
    }
    try {
      await writeFileAtomic(request.out, text);
    } catch (error) {
      io.stderr(
        `kartotek new: could not write ${request.out}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return EXIT_FAILURE;
    }
    io.stdout(summary);
    return EXIT_OK;
  }

  return { ...COMMAND_INFO.new, run };
}

function usage(io: CliIo, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`kartotek new: ${message}\nRun "kartotek new --help" for the options.\n`);
  return EXIT_USAGE;
}

function interpret({ values }: ParsedArgs) {
  const missing = (['template', 'lang', 'out'] as const).filter((name) => !values[name]?.trim());
  if (missing.length) throw new UsageError(`missing ${missing.map((name) => `--${name}`).join(', ')}`);
  oneOf(values.template!.trim(), TEMPLATES, 'template');
  const lang = values.lang!.trim();
  if (!isLanguage(lang))
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')} (got "${lang}")`);

  const languages: Language[] = [];
  for (const language of values.languages === undefined ? [lang] : list(values.languages)) {
    if (!isLanguage(language)) {
      throw new UsageError(`--languages may only hold ${LANGUAGES.join(', ')} (got "${language}")`);
    }
    languages.push(language);
  }
  if (new Set(languages).size !== languages.length)
    throw new UsageError('--languages lists a language twice');
  if (!languages.includes(lang)) {
    throw new UsageError(`--languages must include the primary language --lang ${lang}`);
  }

  const registrationOptions = (['cvr', 'org-nr', 'registration-number'] as const).filter(
    (name) => values[name] !== undefined,
  );
  if (registrationOptions.length > 1) {
    throw new UsageError(
      `give the registration number once (${registrationOptions.map((n) => `--${n}`).join(', ')})`,
    );
  }
  const country = values.country?.trim().toUpperCase();
  const jurisdiction: Jurisdiction =
    values.jurisdiction !== undefined
      ? oneOf(values.jurisdiction.trim(), JURISDICTIONS, 'jurisdiction')
      : country === 'DK' || country === 'SE' || country === 'NO' || country === 'FI'
        ? country
        : DEFAULT_JURISDICTION[lang];

  let activityKeys: StarterActivityKey[] | undefined;
  if (values.activities !== undefined) {
    const keys = list(values.activities);
    const unknown = keys.filter((key) => !isStarterActivityKey(key));
    if (unknown.length || keys.length === 0) {
      throw new UsageError(
        `--activities takes a comma-separated list of ${STARTER_ACTIVITY_KEYS.join(', ')}` +
          (unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''),
      );
    }
    activityKeys = keys.filter(isStarterActivityKey);
  }
  let customers: StarterCustomer[] | undefined;
  if (values.customers !== undefined) {
    const names = list(values.customers, ';');
    if (names.length === 0) {
      throw new UsageError(
        '--customers takes the customers\' names separated by semicolons, e.g. "Kunde A/S; Kunde B ApS"',
      );
    }
    customers = names.map((name) => ({ name }));
  }
  const processor = processorKeys();
  const chosenProcessor = (activityKeys ?? []).filter((key) => processor.includes(key));
  if (chosenProcessor.length > 0 && customers === undefined) {
    throw new UsageError(
      `--activities includes the processor activity ${chosenProcessor.join(', ')}, which needs --customers ` +
        '"Name A; Name B": a processor\'s record names the customers (controllers) it works for (Art. 30(2)(a))',
    );
  }
  if (activityKeys !== undefined && chosenProcessor.length === 0 && customers !== undefined) {
    throw new UsageError(
      `--customers is only used by the processor activity ${processor.join(', ')}; add it to --activities or leave --customers out`,
    );
  }
  const vendorLibraryIds =
    values.vendors === undefined ? undefined : values.vendors.trim() === 'none' ? [] : list(values.vendors);

  const organisation: StarterOrganisation = {
    legalName: values.name,
    registrationNumber: values.cvr ?? values['org-nr'] ?? values['registration-number'],
    street: values.address,
    postcode: values.postcode,
    city: values.city,
    country,
    phone: values.phone,
    email: values.email,
    website: values.website === undefined ? undefined : normaliseWebsite(values.website),
    privacyEmail: values['privacy-email'],
  };
  return {
    out: path.resolve(values.out!.trim()),
    build: {
      organisation,
      jurisdiction,
      languages,
      primary: lang,
      activityKeys,
      customers,
      vendorLibraryIds,
      projectName: values['project-name'],
    },
  };
}

function describeResult(
  project: ReturnType<typeof buildStarterProject>,
  build: {
    readonly activityKeys?: readonly StarterActivityKey[];
    readonly customers?: readonly StarterCustomer[];
  },
  out: string,
): string {
  const jurisdiction = project.organisation.jurisdiction;
  const keys = build.activityKeys ?? defaultActivityKeys((build.customers ?? []).length > 0);
  const processorActivities = starterActivities(jurisdiction).filter(
    (a) => a.needsCustomers && keys.includes(a.key),
  );
  // Left out by default (no --activities) for want of customers: say so, and how to include it.
  const leftOut =
    build.activityKeys === undefined
      ? starterActivities(jurisdiction).filter((a) => a.needsCustomers && !keys.includes(a.key))
      : [];
  const offered = suggestedVendorIds(jurisdiction, keys).filter(
    (id) => !project.vendors.some((v) => v.libraryRef?.id === id),
  );
  const lines = [
    `Created ${out}`,
    `  ${project.activities.length} activities, ${project.vendors.length} vendors` +
      (project.vendors.length ? ` (${project.vendors.map((v) => v.name).join(', ')})` : '') +
      (project.customers.length
        ? `, ${project.customers.length} customer${project.customers.length === 1 ? '' : 's'}`
        : ''),
  ];
  for (const activity of leftOut) {
    lines.push(
      `  Left out "${activity.name.en}" (${activity.key}): it needs the customers you process data for; ` +
        'include it with --customers "Customer A; Customer B".',
    );
  }
  lines.push(
    '',
    'Next steps in Kartotek:',
    '  - check each activity and adapt it to what you actually do;',
    '  - record the data processing agreement (DPA) with each vendor;',
  );
  if (processorActivities.length) {
    lines.push(
      `  - refer to the data processing agreement with each customer of ${processorActivities.map((a) => `"${a.name.en}"`).join(', ')};`,
    );
  }
  if (!project.organisation.legalName) lines.push('  - fill in the organisation details;');
  lines.push('  - name your privacy contact or DPO.');
  if (offered.length) {
    lines.push('', `Other suggested vendors (--vendors): ${offered.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export const newCommand: CliCommand = createNewCommand();
