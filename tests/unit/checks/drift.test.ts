import { CONFIRMED } from '../../support/confirmed';
import { describe, expect, it } from 'vitest';
import {
  contentDigest,
  describeRegisterChanges,
  diffRegister,
  driftSince,
  exportContentHash,
  latestExports,
  policyContentHash,
  registerContentHash,
  runChecks,
  sameContent,
} from '../../../shared/checks';
import { ExportRecordSchema, type Project } from '../../../shared/model';
import { itguyCorrected } from '../../fixtures/checks/itguy';

describe('contentDigest', () => {
  it('gives 32 hex digits, the same for the same content', () => {
    expect(contentDigest({ a: 1 })).toMatch(/^[0-9a-f]{32}$/);
    expect(contentDigest({ a: 1 })).toBe(contentDigest({ a: 1 }));
  });

  it('ignores key order and treats empty text like no text', () => {
    expect(contentDigest({ b: 1, a: { da: 'x', sv: '' } })).toBe(contentDigest({ a: { da: 'x' }, b: 1 }));
    expect(contentDigest({ name: {}, x: 1 })).toBe(contentDigest({ name: { da: '' }, x: 1 }));
    expect(sameContent({ da: 'x', en: undefined }, { da: 'x' })).toBe(true);
  });

  it('tells apart values that differ in order, type, nesting or a single character', () => {
    const values: unknown[] = [
      [1, 2], [2, 1], ['1', 2], [[1], 2], { a: '1' }, { a: 1 }, { a: true }, { a: null },
      { a: 'x', b: 'y' }, { a: 'xb', b: '' }, { ab: 'x' }, 'Privatlivspolitik', 'privatlivspolitik',
      'Privatlivspolitik ', [], {}, null,
    ]; // prettier-ignore
    const digests = values.map(contentDigest);
    expect(new Set(digests).size).toBe(values.length);
  });

  it('changes for any one-character edit of a long text', () => {
    const text = 'Vi opbevarer data i 5 år efter regnskabsårets udløb. '.repeat(200);
    const seen = new Set([contentDigest(text)]);
    for (let i = 0; i < text.length; i += 97) {
      seen.add(contentDigest(`${text.slice(0, i)}#${text.slice(i + 1)}`));
    }
    expect(seen.size).toBe(1 + Math.ceil(text.length / 97));
  });
});

describe('content hashes', () => {
  it('are valid export-record hashes', () => {
    const project = itguyCorrected();
    const record = {
      id: 'e1',
      at: '2025-10-01T08:00:00.000Z',
      kind: 'policy' as const,
      language: 'da' as const,
      audienceId: 'aud-web',
      versionLabel: '2.0',
      editionDate: '2025-10-01',
      draft: false,
      contentHash: policyContentHash(project, 'aud-web'),
    };
    expect(ExportRecordSchema.safeParse(record).success).toBe(true);
    expect(registerContentHash(project)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('ignore timestamps, export history and empty translations (and, for the policy, review dates)', () => {
    const a = itguyCorrected();
    const b = itguyCorrected();
    b.updatedAt = '2030-01-01T00:00:00.000Z';
    b.exportHistory.push({
      editionDate: '',
      draft: false,
      id: 'x',
      at: '2030-01-01T00:00:00.000Z',
      kind: 'register',
      language: 'da',
      audienceId: null,
      versionLabel: '',
      contentHash: 'ab'.repeat(16),
    });
    Object.assign(b.activities[0]!, {
      updatedAt: '2030-01-01T00:00:00.000Z',
      lastReviewed: '2029-01-01',
      nextReview: '2030-01-01',
    });
    b.activities[0]!.description = { ...b.activities[0]!.description, en: '' };
    expect(policyContentHash(b, 'aud-web')).toBe(policyContentHash(a, 'aud-web'));
    // The register shows review dates (D-mærket 1.4.1): for it, a review is a change.
    expect(registerContentHash(b)).not.toBe(registerContentHash(a));
    Object.assign(b.activities[0]!, {
      lastReviewed: a.activities[0]!.lastReviewed,
      nextReview: a.activities[0]!.nextReview,
    });
    expect(registerContentHash(b)).toBe(registerContentHash(a));
  });

  it('change with the content of the policy', () => {
    const a = itguyCorrected();
    const b = itguyCorrected();
    b.activities[1]!.purposes[0]!.legalBases[0]!.code = 'art6-1-b';
    expect(policyContentHash(b, 'aud-web')).not.toBe(policyContentHash(a, 'aud-web'));
    expect(registerContentHash(b)).not.toBe(registerContentHash(a));
  });

  it('leave out what another audience sees', () => {
    const a = itguyCorrected();
    a.audiences.push({ confirmation: CONFIRMED, id: 'aud-staff', name: { da: 'Medarbejdere' } });
    const b = structuredClone(a);
    b.activities[1]!.audienceIds = ['aud-staff'];
    b.activities[1]!.name = { da: 'Personaleadministration' };
    expect(policyContentHash(b, 'aud-staff')).not.toBe(policyContentHash(a, 'aud-staff'));
    b.activities[1]!.audienceIds = ['aud-staff'];
    const c = structuredClone(b);
    c.activities[1]!.name = { da: 'Løn' };
    expect(policyContentHash(c, 'aud-web')).toBe(policyContentHash(b, 'aud-web'));
  });
});

function withExport(project: Project, kind: 'policy' | 'register'): Project['exportHistory'][number] {
  const record = {
    id: `e-${kind}`,
    at: '2025-10-01T08:00:00.000Z',
    kind,
    language: 'da' as const,
    audienceId: kind === 'policy' ? 'aud-web' : null,
    versionLabel: '2.0',
    editionDate: '',
    draft: false,
    contentHash: '',
  };
  record.contentHash = exportContentHash(project, record);
  project.exportHistory.push(record);
  return record;
}

describe('driftSince', () => {
  it('sees no drift right after the export, and drift after a change', () => {
    const project = itguyCorrected();
    const policy = withExport(project, 'policy');
    const register = withExport(project, 'register');
    expect(driftSince(project, policy).changed).toBe(false);
    expect(driftSince(project, register).changed).toBe(false);
    project.vendors[0]!.processingLocations = ['IE'];
    expect(driftSince(project, policy)).toMatchObject({ changed: true, recordedHash: policy.contentHash });
    expect(driftSince(project, register).changed).toBe(true);
  });

  it('a change of an internal field (DPA status) is register drift but not policy drift', () => {
    const project = itguyCorrected();
    const policy = withExport(project, 'policy');
    const register = withExport(project, 'register');
    project.vendors[0]!.dpa = { status: 'signed', date: '2025-01-01', reference: 'DPA-1' };
    expect(driftSince(project, policy).changed).toBe(false);
    expect(driftSince(project, register).changed).toBe(true);
  });
});

describe('records whose hash was not made by exportContentHash', () => {
  it('are not judged: no drift is claimed either way', () => {
    const project = itguyCorrected();
    const record = {
      id: 'doc',
      at: '2025-10-01T08:00:00.000Z',
      kind: 'policy' as const,
      language: 'da' as const,
      audienceId: 'aud-web',
      versionLabel: '2.0',
      editionDate: '',
      draft: false,
      contentHash: 'e'.repeat(64),
    };
    project.exportHistory.push(record);
    expect(driftSince(project, record).changed).toBeNull();
    expect(runChecks(project, { today: '2025-12-01' }).filter((f) => f.ruleId === 'policy-outdated')).toEqual(
      [],
    );
  });
});

describe('latestExports', () => {
  it('keeps the newest export per audience and language', () => {
    const base = {
      kind: 'policy' as const,
      versionLabel: '',
      editionDate: '',
      draft: false,
      contentHash: 'a'.repeat(16),
    };
    const history = [
      { ...base, id: '1', at: '2025-01-01T00:00:00.000Z', language: 'da' as const, audienceId: 'a' },
      { ...base, id: '2', at: '2025-03-01T00:00:00.000Z', language: 'da' as const, audienceId: 'a' },
      { ...base, id: '3', at: '2025-02-01T00:00:00.000Z', language: 'en' as const, audienceId: 'a' },
      {
        ...base,
        id: '4',
        at: '2025-04-01T00:00:00.000Z',
        language: 'da' as const,
        audienceId: 'a',
        kind: 'register' as const,
      },
    ];
    expect(
      latestExports(history, 'policy')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['2', '3']);
  });
});

describe('describeRegisterChanges', () => {
  const before = itguyCorrected();
  const after = structuredClone(before);
  after.activities = after.activities.filter((a) => a.id !== 'act-development');
  after.activities[0]!.name = { da: 'Levering af IT-services' };
  after.activities[1]!.purposes[0]!.legalBases = [
    { code: 'art6-1-f', note: {}, legitimateInterest: { da: 'Markedsføring' } },
  ];
  after.activities[2]!.retention = {
    ...after.activities[2]!.retention,
    text: { da: '1 år efter seneste besøg' },
  };
  after.activities.push({
    ...structuredClone(before.activities[3]!),
    id: 'act-new',
    name: { da: 'Rekruttering' },
  });
  after.vendors = after.vendors.filter((v) => v.id !== 'v-xena');
  after.vendors[0]!.name = 'Microsoft 365';
  after.vendors.push({ ...structuredClone(before.vendors[0]!), id: 'v-new', name: 'Keepit' });

  it('lists added, removed and renamed activities and vendors, changed legal bases and retention', () => {
    expect(diffRegister(before, after).map((c) => c.kind)).toEqual([
      'activityRenamed',
      'legalBasesChanged',
      'retentionChanged',
      'activityAdded',
      'activityRemoved',
      'vendorRenamed',
      'vendorAdded',
      'vendorRemoved',
    ]);
  });

  it('says it in Danish, Swedish and English', () => {
    const da = describeRegisterChanges(before, after, 'da');
    expect(da).toContain(
      'Aktiviteten »Levere vores services, produkter og ydelser« hedder nu »Levering af IT-services«',
    );
    expect(da).toContain('Aktiviteten »Rekruttering« er tilføjet');
    expect(da).toContain('Aktiviteten »Forretnings- og produktudvikling« er fjernet');
    expect(da).toContain(
      'Aktiviteten »Marketing«: behandlingsgrundlag – tilføjet: GDPR art. 6, stk. 1, litra f; fjernet: GDPR art. 6, stk. 1, litra a',
    );
    expect(da).toContain('Leverandøren »Xena« er fjernet');
    const sv = describeRegisterChanges(before, after, 'sv');
    expect(sv).toContain('Leverantören ”Keepit” har lagts till');
    const en = describeRegisterChanges(before, after, 'en');
    expect(en).toContain('The vendor “Microsoft Office 365” is now called “Microsoft 365”');
    expect(en.find((line) => line.includes('retention changed'))).toContain('“1 år efter seneste besøg”');
  });

  it('is empty when nothing changed', () => {
    expect(describeRegisterChanges(before, itguyCorrected(), 'en')).toEqual([]);
  });
});

describe('the policy-outdated rule', () => {
  it('names what changed when the register at the export is known', () => {
    const before = itguyCorrected();
    const project = structuredClone(before);
    withExport(project, 'policy');
    project.vendors = project.vendors.filter((v) => v.id !== 'v-xena');
    project.activities.forEach((a) => (a.vendorIds = a.vendorIds.filter((id) => id !== 'v-xena')));
    const findings = runChecks(project, {
      today: '2025-12-01',
      language: 'en',
      snapshotAtExport: () => before,
    });
    const drift = findings.find((f) => f.ruleId === 'policy-outdated');
    expect(drift?.message).toBe(
      'The privacy policy for “Kunder og brugere af hjemmesiden” (Danish, exported 1 October 2025, version 2.0) is older than the register: the register has changed since. Changed: The vendor “Xena” was removed. Export and publish the policy again.',
    );
    expect(drift?.fix).toEqual({ screen: 'documents', id: 'aud-web', field: null });
  });

  it('only judges the latest export of each policy', () => {
    const project = itguyCorrected();
    project.exportHistory.push({
      editionDate: '',
      draft: false,
      id: 'old',
      at: '2024-01-01T00:00:00.000Z',
      kind: 'policy',
      language: 'da',
      audienceId: 'aud-web',
      versionLabel: '1.0',
      contentHash: 'f'.repeat(32),
    });
    withExport(project, 'policy');
    expect(runChecks(project, { today: '2025-12-01' }).filter((f) => f.ruleId === 'policy-outdated')).toEqual(
      [],
    );
  });
});
