import { citeLegalBasis, legalBasis } from '../catalog/legalBases';
import { createContext, pick, type BuildContext, type BuildOptions } from '../documents/context';
import { activityName, activityTransfers, countryList, vendorLabel } from '../documents/derive';
import { categoryName, measureName, recipientName, subjectName } from '../documents/names';
import { countryName } from '../i18n/format';
import type { Language } from '../i18n/languages';
import type { Activity } from '../model/activity';
import { LEGAL_BASIS_CODES, type LegalBasisCode } from '../model/legalBasisCodes';
import type { Project } from '../model/project';
import {
  ACTIVITY_ROLE_LABELS,
  ACTIVITY_STATUS_LABELS,
  DPA_STATUS_LABELS,
  SECURITY_MEASURE_KIND_LABELS,
  TRANSFER_MECHANISM_LABELS,
  VENDOR_ROLE_LABELS,
  fieldLabel,
} from '../model/vocabulary';
import type { CellValue, Column, Sheet, Workbook } from './sheetModel';
import { spreadsheetTexts } from './texts';

/**
 * The register as a workbook, one sheet per part, with the columns of Datatilsynet's fortegnelse template and its
 * 2020 guidance (which data categories concern which data subjects): the controller, the activities, each purpose
 * with its legal basis, the data-subject × data-category matrix, the vendors and the security measures. Coded
 * columns (role, status, legal basis, mechanism, DPA) hold the vocabulary's labels, picked from drop-downs; an ID
 * column lets Kartotek read the sheet back into the same register.
 */

const lines = (values: readonly string[]): string => values.filter((v) => v.trim() !== '').join('\n');
const date = (value: string): CellValue => (value ? { date: value } : null);

/** "Samtykke – GDPR art. 6, stk. 1, litra a": how a legal basis reads in a cell and in its drop-down. */
export function legalBasisLabel(code: LegalBasisCode, ctx: Pick<BuildContext, 'language'>): string {
  return `${legalBasis(code).name[ctx.language]} – ${citeLegalBasis(code, ctx.language, 'short')}`;
}

function controllerSheet(ctx: BuildContext): Sheet {
  const x = spreadsheetTexts(ctx.language);
  const { organisation: o, privacyContact: contact, representative, jointControllers } = ctx.project;
  const person = (...parts: string[]) =>
    parts
      .map((p) => p.trim())
      .filter(Boolean)
      .join(', ');
  const rows: [string, string][] = [
    [fieldLabel('organisation.legalName', ctx.language), ctx.organisationName],
    [ctx.t.common.registrationNumber(o.jurisdiction), o.registrationNumber.trim()],
    [
      x.address,
      person(o.street, `${o.postcode} ${o.city}`, o.country ? countryName(o.country, ctx.language) : ''),
    ],
    [fieldLabel('organisation.phone', ctx.language), o.phone.trim()],
    [fieldLabel('organisation.email', ctx.language), o.email.trim()],
    [fieldLabel('organisation.privacyEmail', ctx.language), o.privacyEmail.trim()],
    [
      contact.kind === 'dpo' && !contact.isManagement ? x.dpo : x.contact,
      person(contact.name, contact.email, contact.phone),
    ],
    [
      x.representative,
      representative ? person(representative.name, representative.address, representative.email) : '',
    ],
    [x.jointControllers, lines(jointControllers.map((jc) => person(jc.name, jc.contact)))],
  ];
  return {
    name: x.sheets.controller,
    columns: [
      { header: x.field, width: 34 },
      { header: x.value, width: 70 },
    ],
    rows: rows.filter(([, value]) => value.trim() !== ''),
  };
}

function retentionText(ctx: BuildContext, activity: Activity): string {
  const r = activity.retention;
  const text = ctx.text(r.text, 'activity', activity.id, 'retention.text');
  const period = r.period ? ctx.t.common.period(r.period.amount, r.period.unit) : '';
  const basis = ctx.text(r.basis, 'activity', activity.id, 'retention.basis');
  return lines([text || period, basis]);
}

function activitiesSheet(ctx: BuildContext, activities: readonly Activity[], choices: Choices): Sheet {
  const l = ctx.language;
  const x = spreadsheetTexts(l);
  const label = (path: Parameters<typeof fieldLabel>[0]) => fieldLabel(path, l);
  const columns: Column[] = [
    { header: label('activity.id'), width: 12, technical: true },
    { header: label('activity.name'), width: 28 },
    { header: label('activity.description'), width: 40 },
    { header: label('activity.role'), width: 18, choices: choices.roles },
    { header: label('activity.purposes'), width: 40 },
    { header: label('activity.purposes.legalBases'), width: 34 },
    { header: label('activity.dataSubjectIds'), width: 26 },
    { header: label('activity.dataCategoryIds'), width: 30 },
    { header: label('activity.sourceIds'), width: 24 },
    { header: label('activity.recipients'), width: 30 },
    { header: x.transfers, width: 34 },
    { header: label('activity.retention'), width: 36 },
    { header: label('activity.securityMeasureIds'), width: 30 },
    { header: label('activity.owner'), width: 18 },
    { header: label('activity.status'), width: 14, choices: choices.statuses },
    { header: label('activity.lastReviewed'), width: 14 },
    { header: label('activity.nextReview'), width: 14 },
  ];
  const rows = activities.map((a): CellValue[] => [
    a.id,
    activityName(ctx, a),
    ctx.text(a.description, 'activity', a.id, 'description'),
    ACTIVITY_ROLE_LABELS[a.role][l],
    lines(a.purposes.map((p) => ctx.text(p.description, 'activity', a.id, `purposes.${p.id}.description`))),
    lines([
      ...new Set(a.purposes.flatMap((p) => p.legalBases.map((b) => citeLegalBasis(b.code, l, 'short')))),
    ]),
    lines(pick(ctx.dataSubjects, a.dataSubjectIds).map((s) => subjectName(ctx, s))),
    lines(pick(ctx.dataCategories, a.dataCategoryIds).map((c) => categoryName(ctx, c))),
    lines(pick(ctx.sources, a.sourceIds).map((s) => ctx.text(s.name, 'source', s.id, 'name'))),
    lines([
      ...a.recipients.flatMap((link) => {
        const recipient = ctx.recipients.get(link.recipientId);
        return recipient ? [recipientName(ctx, recipient)] : [];
      }),
      ...pick(ctx.vendors, a.vendorIds).map(vendorLabel),
    ]),
    lines(
      activityTransfers(ctx, a).map(
        (t) => `${t.party} – ${countryList(ctx, t.countries)}: ${TRANSFER_MECHANISM_LABELS[t.mechanism][l]}`,
      ),
    ),
    retentionText(ctx, a),
    lines(pick(ctx.securityMeasures, a.securityMeasureIds).map((m) => measureName(ctx, m))),
    a.owner.trim(),
    ACTIVITY_STATUS_LABELS[a.status][l],
    date(a.lastReviewed),
    date(a.nextReview),
  ]);
  return { name: x.sheets.activities, columns, rows };
}

/** One row per purpose and legal basis: the basis a drop-down, with its legitimate interest or note. */
function purposesSheet(ctx: BuildContext, activities: readonly Activity[], choices: Choices): Sheet {
  const l = ctx.language;
  const x = spreadsheetTexts(l);
  const rows: CellValue[][] = [];
  for (const a of activities) {
    for (const p of a.purposes) {
      const purpose = ctx.text(p.description, 'activity', a.id, `purposes.${p.id}.description`);
      const bases = p.legalBases.length ? p.legalBases : [null];
      for (const basis of bases) {
        const field = basis ? `purposes.${p.id}.legalBases.${basis.code}` : '';
        rows.push([
          a.id,
          activityName(ctx, a),
          purpose,
          basis ? legalBasisLabel(basis.code, ctx) : null,
          basis ? ctx.text(basis.legitimateInterest, 'activity', a.id, `${field}.legitimateInterest`) : null,
          basis ? ctx.text(basis.note, 'activity', a.id, `${field}.note`) : null,
        ]);
      }
    }
  }
  return {
    name: x.sheets.purposes,
    columns: [
      { header: fieldLabel('activity.id', l), width: 12, technical: true },
      { header: x.activity, width: 28 },
      { header: fieldLabel('activity.purposes.description', l), width: 44 },
      { header: fieldLabel('activity.purposes.legalBases', l), width: 44, choices: choices.bases },
      { header: fieldLabel('activity.purposes.legalBases.legitimateInterest', l), width: 36 },
      { header: fieldLabel('activity.purposes.legalBases.note', l), width: 30 },
    ],
    rows,
  };
}

/** Which data categories concern which data subjects: an "X" where an activity records the pair. */
function matrixSheet(ctx: BuildContext, activities: readonly Activity[]): Sheet {
  const x = spreadsheetTexts(ctx.language);
  const pairs = new Set(
    activities.flatMap((a) => a.subjectData.map((link) => `${link.dataSubjectId} ${link.dataCategoryId}`)),
  );
  const subjects = ctx.project.dataSubjects;
  const categories = ctx.project.dataCategories;
  return {
    name: x.sheets.matrix,
    columns: [
      { header: x.matrixCorner, width: 30 },
      ...categories.map((c): Column => ({ header: categoryName(ctx, c), width: 16 })),
    ],
    rows: subjects.map((s) => [
      subjectName(ctx, s),
      ...categories.map((c) => (pairs.has(`${s.id} ${c.id}`) ? 'X' : null)),
    ]),
  };
}

function vendorsSheet(ctx: BuildContext, choices: Choices): Sheet {
  const l = ctx.language;
  const label = (path: Parameters<typeof fieldLabel>[0]) => fieldLabel(path, l);
  return {
    name: spreadsheetTexts(l).sheets.vendors,
    columns: [
      { header: label('vendor.name'), width: 24 },
      { header: label('vendor.legalEntity'), width: 30 },
      { header: label('vendor.registrationNumber'), width: 18 },
      { header: label('vendor.function'), width: 36 },
      { header: label('vendor.role'), width: 22, choices: choices.vendorRoles },
      { header: label('vendor.processingLocations'), width: 26 },
      { header: label('vendor.transferMechanism'), width: 30, choices: choices.mechanisms },
      { header: label('vendor.dpa'), width: 18, choices: choices.dpa },
      { header: label('vendor.dpa.date'), width: 14 },
      { header: label('vendor.lastVerified'), width: 14 },
    ],
    rows: ctx.project.vendors.map((v) => [
      v.name.trim(),
      v.legalEntity.trim(),
      v.registrationNumber.trim(),
      ctx.text(v.function, 'vendor', v.id, 'function'),
      VENDOR_ROLE_LABELS[v.role][l],
      countryList(ctx, v.processingLocations),
      v.transferMechanism ? TRANSFER_MECHANISM_LABELS[v.transferMechanism][l] : null,
      DPA_STATUS_LABELS[v.dpa.status][l],
      date(v.dpa.date),
      date(v.lastVerified),
    ]),
  };
}

function measuresSheet(ctx: BuildContext, choices: Choices): Sheet {
  const l = ctx.language;
  return {
    name: spreadsheetTexts(l).sheets.measures,
    columns: [
      { header: fieldLabel('securityMeasure.name', l), width: 34 },
      { header: fieldLabel('securityMeasure.kind', l), width: 16, choices: choices.measureKinds },
      { header: fieldLabel('securityMeasure.description', l), width: 70 },
    ],
    rows: ctx.project.securityMeasures.map((m) => [
      measureName(ctx, m),
      SECURITY_MEASURE_KIND_LABELS[m.kind][l],
      ctx.text(m.description, 'securityMeasure', m.id, 'description'),
    ]),
  };
}

/** The labels each coded column is picked from, in the sheet's language. */
interface Choices {
  readonly roles: readonly string[];
  readonly statuses: readonly string[];
  readonly bases: readonly string[];
  readonly vendorRoles: readonly string[];
  readonly mechanisms: readonly string[];
  readonly dpa: readonly string[];
  readonly measureKinds: readonly string[];
}

function choices(ctx: BuildContext): Choices {
  const l = ctx.language;
  const labels = (table: Record<string, Record<typeof l, string>>) => Object.values(table).map((w) => w[l]);
  return {
    roles: labels(ACTIVITY_ROLE_LABELS),
    statuses: labels(ACTIVITY_STATUS_LABELS),
    bases: LEGAL_BASIS_CODES.map((code) => legalBasisLabel(code, ctx)),
    vendorRoles: labels(VENDOR_ROLE_LABELS),
    mechanisms: labels(TRANSFER_MECHANISM_LABELS),
    dpa: labels(DPA_STATUS_LABELS),
    measureKinds: labels(SECURITY_MEASURE_KIND_LABELS),
  };
}

export function registerWorkbook(project: Project, options: BuildOptions): Workbook {
  const ctx = createContext(project, options);
  const coded = choices(ctx);
  const activities = project.activities;
  return {
    title: ctx.t.register.title,
    author: ctx.organisationName,
    sheets: [
      controllerSheet(ctx),
      activitiesSheet(ctx, activities, coded),
      purposesSheet(ctx, activities, coded),
      matrixSheet(ctx, activities),
      vendorsSheet(ctx, coded),
      measuresSheet(ctx, coded),
    ],
  };
}

/**
 * A draft says so where the workbook opens: in its title and in the first row of the first sheet, as the Word
 * draft says it on every page. A draft states what the user has not confirmed.
 */
export function markWorkbookAsDraft(workbook: Workbook, language: Language): Workbook {
  const mark = spreadsheetTexts(language).draft;
  const [first, ...rest] = workbook.sheets;
  if (!first) return workbook;
  return {
    ...workbook,
    title: `${workbook.title} (${mark})`,
    sheets: [
      { ...first, rows: [[mark.toUpperCase(), ...first.columns.slice(1).map(() => null)], ...first.rows] },
      ...rest,
    ],
  };
}
