import { describe, expect, it } from 'vitest';
import { itemChanges, type ChangeContext } from '../../../shared/changes';
import { runChecks } from '../../../shared/checks';
import { buildPolicy, buildVendorOverview, renderDocx } from '../../../shared/documents';
import { documentTexts } from '../../../shared/documents/texts';
import type { Language } from '../../../shared/i18n/languages';
import { createActivity, type ExportRecord, type Project } from '../../../shared/model';
import { documentProject } from '../../fixtures/documents/documentProject';
import { openDocx } from './docxFile';

const EXPORTED_AT = '2026-11-10T12:00:00.000Z';
const EDITED_AT = '2026-11-15T09:00:00.000Z';
let ids = 0;
const context: ChangeContext = { at: EDITED_AT, newId: () => `chg-t${++ids}`, languages: ['da', 'sv', 'en'] };

function exportRecord(
  kind: ExportRecord['kind'],
  audienceId: string | null,
  versionLabel = '3.0',
): ExportRecord {
  return {
    editionDate: '',
    draft: false,
    id: `exp-${kind}`,
    at: EXPORTED_AT,
    kind,
    language: 'da',
    audienceId,
    versionLabel,
    contentHash: '0'.repeat(32),
  };
}

/**
 * The document project as it was exported on 10 November, then edited on the 15th the way the app records
 * edits: Mailchimp's locations changed, EURid removed, a new vendor and a new published activity added.
 */
function editedAfterExport(kind: ExportRecord['kind'], audienceId: string | null = null): Project {
  const project = documentProject();
  project.exportHistory = [exportRecord(kind, audienceId)];
  const entries = [];
  const mailchimp = project.vendors.find((v) => v.id === 'v-mailchimp')!;
  const moved = { ...mailchimp, processingLocations: ['US', 'IE'] as typeof mailchimp.processingLocations };
  entries.push(...itemChanges('vendors', mailchimp, moved, context));
  const eurid = project.vendors.find((v) => v.id === 'v-eurid')!;
  entries.push(...itemChanges('vendors', eurid, null, context));
  const brevo = {
    ...mailchimp,
    id: 'v-brevo',
    name: 'Brevo',
    legalEntity: 'Sendinblue SAS',
    hqCountry: 'FR' as const,
    processingLocations: ['FR' as const],
    transferMechanism: null,
  };
  entries.push(...itemChanges('vendors', null, brevo, context));
  const webinar = {
    ...createActivity('act-webinar', EDITED_AT),
    name: { da: 'Webinarer', sv: 'Webbinarier', en: 'Webinars' },
    audienceIds: ['aud-web'],
    status: 'active' as const,
    vendorIds: ['v-brevo'],
  };
  entries.push(...itemChanges('activities', null, webinar, context));
  project.vendors = [
    ...project.vendors.filter((v) => v.id !== 'v-eurid' && v.id !== 'v-mailchimp'),
    moved,
    brevo,
  ];
  // Deleting a vendor takes it out of the activities too; the app logs both (renderer/db/items.ts).
  project.activities = project.activities.map((a) => {
    if (!a.vendorIds.includes('v-eurid')) return a;
    const changed = { ...a, vendorIds: a.vendorIds.filter((id) => id !== 'v-eurid') };
    entries.push(...itemChanges('activities', a, changed, context));
    return changed;
  });
  project.activities.push(webinar);
  project.changeLog = {
    since: '2026-11-01T09:00:00.000Z',
    entries: [...project.changeLog.entries, ...entries],
  };
  return project;
}

async function text(built: { document: Parameters<typeof renderDocx>[0] }): Promise<string> {
  return (await openDocx(await renderDocx(built.document))).text;
}

describe('the vendor overview says what changed since its previous export', () => {
  it.each<[Language, string[]]>([
    [
      'da',
      [
        'Tilføjet: Brevo (Sendinblue SAS)',
        'Fjernet: EURid (EURid vzw)',
        'Ændret: Mailchimp (The Rocket Science Group LLC) – behandlingssteder: USA → USA, Irland',
      ],
    ],
    [
      'sv',
      [
        'Tillagd: Brevo (Sendinblue SAS)',
        'Borttagen: EURid (EURid vzw)',
        'Ändrad: Mailchimp (The Rocket Science Group LLC) – behandlingsplatser: USA → USA, Irland',
      ],
    ],
    [
      'en',
      [
        'Added: Brevo (Sendinblue SAS)',
        'Removed: EURid (EURid vzw)',
        'Changed: Mailchimp (The Rocket Science Group LLC) – processing locations: United States → United States, Ireland',
      ],
    ],
  ])('in %s, dated, with every vendor added, removed and changed', async (language, lines) => {
    const t = documentTexts(language).vendors;
    const body = await text(
      buildVendorOverview(editedAfterExport('vendors'), { language, now: '2026-11-22' }),
    );
    expect(body).toContain(t.changesHeading);
    const date = { da: '10. november 2026', sv: '10 november 2026', en: '10 November 2026' }[language];
    expect(body).toContain(t.changesIntro(date));
    for (const line of lines) expect(body).toContain(line);
  });

  it('says so when it is the first overview, when nothing changed, and when the log does not reach back', async () => {
    const t = documentTexts('en').vendors;
    const first = documentProject();
    first.exportHistory = [];
    expect(await text(buildVendorOverview(first, { language: 'en', now: '2026-11-22' }))).toContain(
      t.changesFirst,
    );

    const unchanged = documentProject();
    unchanged.exportHistory = [exportRecord('vendors', null)];
    expect(await text(buildVendorOverview(unchanged, { language: 'en', now: '2026-11-22' }))).toContain(
      t.changesNone('10 November 2026'),
    );

    const older = documentProject();
    older.exportHistory = [exportRecord('vendors', null)];
    older.changeLog = { since: '2026-11-12T08:00:00.000Z', entries: [] };
    expect(await text(buildVendorOverview(older, { language: 'en', now: '2026-11-22' }))).toContain(
      t.changesUnknown('10 November 2026', '12 November 2026'),
    );
  });

  it('does not report changes the overview does not show (notes, last verified)', async () => {
    const project = documentProject();
    project.exportHistory = [exportRecord('vendors', null)];
    const hetzner = project.vendors.find((v) => v.id === 'v-hetzner')!;
    const touched = { ...hetzner, notes: { en: 'called them' }, lastVerified: '2026-11-14' };
    project.changeLog.entries.push(...itemChanges('vendors', hetzner, touched, context));
    project.vendors = project.vendors.map((v) => (v.id === hetzner.id ? touched : v));
    expect(await text(buildVendorOverview(project, { language: 'en', now: '2026-11-22' }))).toContain(
      documentTexts('en').vendors.changesNone('10 November 2026'),
    );
  });
});

describe('the policy lists the changes since its previous version', () => {
  it('names the new activity and the vendors of its audience that came and went, with the previous version', async () => {
    const t = documentTexts('en').policy;
    const project = editedAfterExport('policy', 'aud-web');
    const body = await text(
      buildPolicy(project, { language: 'en', now: '2026-11-22', audienceId: 'aud-web' }),
    );
    const section = body.slice(body.lastIndexOf(t.changesHeading));
    expect(section).toContain(t.changesSince('3.0', '10 November 2026'));
    expect(section).toContain('The activity “Webinars” was added');
    expect(section).toContain('The vendor “Brevo” was added');
    expect(section).toContain('The vendor “EURid” was removed');
  });

  it('lists nothing for another audience whose policy did not change, nor without a previous version', async () => {
    const t = documentTexts('da').policy;
    const staff = editedAfterExport('policy', 'aud-staff');
    const staffText = await text(
      buildPolicy(staff, { language: 'da', now: '2026-11-22', audienceId: 'aud-staff' }),
    );
    expect(staffText).not.toContain(t.changesSince('3.0', '10. november 2026'));
    const never = editedAfterExport('vendors');
    const neverText = await text(
      buildPolicy(never, { language: 'da', now: '2026-11-22', audienceId: 'aud-web' }),
    );
    expect(neverText).not.toMatch(/Ændringer siden den forrige version/);
  });
});

describe('the drift finding names what changed, from the change log', () => {
  it('lists the changes since the policy export without being handed the old register', () => {
    const project = editedAfterExport('policy', 'aud-web');
    const finding = runChecks(project, { today: '2026-11-22', language: 'en' }).find(
      (f) => f.ruleId === 'policy-outdated',
    );
    expect(finding?.message).toContain('“Webinars”');
    expect(finding?.params.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'activityAdded', id: 'act-webinar' })]),
    );
  });

  it('only says that something changed when the log does not reach back to the export', () => {
    const project = editedAfterExport('policy', 'aud-web');
    project.changeLog = { ...project.changeLog, since: '2026-11-12T00:00:00.000Z' };
    const finding = runChecks(project, { today: '2026-11-22', language: 'en' }).find(
      (f) => f.ruleId === 'policy-outdated',
    );
    expect(finding).toBeDefined();
    expect(finding?.params.changes).toBeNull();
  });
});

describe('one edition in several languages', () => {
  it('lists the same changes in the English policy exported right after the Danish one', async () => {
    const project = editedAfterExport('policy', 'aud-web');
    // The Danish version of the new edition went out a minute ago; the English one has not yet.
    project.exportHistory.push({
      ...exportRecord('policy', 'aud-web', '3.1'),
      id: 'exp-da-new',
      at: '2026-11-22T10:00:00.000Z',
    });
    project.exportHistory[0] = { ...project.exportHistory[0]!, language: 'en' };
    const en = await text(buildPolicy(project, { language: 'en', now: '2026-11-22', audienceId: 'aud-web' }));
    expect(en).toContain(documentTexts('en').policy.changesSince('3.0', '10 November 2026'));
    expect(en).toContain('The activity “Webinars” was added');
    // The Danish one compares with its own previous export: nothing since a minute ago.
    const da = await text(buildPolicy(project, { language: 'da', now: '2026-11-22', audienceId: 'aud-web' }));
    expect(da).not.toMatch(/Ændringer siden den forrige version/);
  });
});
