import { describe, expect, it } from 'vitest';
import { completenessScore, findingMessage, hasErrors, runChecks, type RuleId } from '../../../shared/checks';
import { ProjectSchema } from '../../../shared/model';
import { bitspaceAsWritten, bitspaceCorrected } from '../../fixtures/checks/bitspace';
import { itguyAsWritten, itguyCorrected } from '../../fixtures/checks/itguy';

/**
 * The two real policies in ../shared/examples, rebuilt as registers (tests/fixtures/checks): the checker
 * must report the mistakes the reference (§8) lists for them, and the corrected registers must pass.
 */

const TODAY = '2025-12-01';
const ruleIds = (findings: ReturnType<typeof runChecks>) => new Set(findings.map((f) => f.ruleId));

describe('ITGuy ApS (Danish policy), as written', () => {
  const project = itguyAsWritten();
  const findings = runChecks(project, { today: TODAY });
  const ids = ruleIds(findings);

  it('is a valid project', () => {
    expect(ProjectSchema.safeParse(project).success).toBe(true);
  });

  it.each<[RuleId, string]>([
    ['dpo-is-management', 'the owner named as DPO'],
    ['legal-bases-pasted', 'the same block of legal bases under every purpose'],
    ['interest-under-wrong-basis', 'legitimate interest cited as 6(1)(b)'],
    ['art9-without-special-data', 'Art. 9(2)(f) cited for ordinary data'],
    ['consent-mixed-with-other-basis', 'consent pasted next to contract and legal obligation'],
    ['legal-basis-without-statute', '"dansk lovgivning omkring bogføring" instead of the act'],
    ['purpose-no-legal-basis', 'Marketing and "Opfylde vores forpligtelser" without a basis'],
    ['outdated-authority', "Datatilsynet's old address, Borgergade 28"],
    ['consent-by-continued-use', '"antager vi, at du har accepteret ændringerne"'],
    ['policy-undated', 'no version number'],
    ['vendor-transfer-without-mechanism', 'Datto and IT Glue (US) without a mechanism'],
    ['vendor-no-processing-country', 'Spinup and unverified library vendors, with no processing country'],
  ])('reports %s (%s)', (ruleId) => {
    expect(ids).toContain(ruleId);
  });

  it('names the exact places', () => {
    const pasted = findings.filter((f) => f.ruleId === 'legal-bases-pasted').map((f) => f.item.id);
    expect(pasted).toEqual(['act-services', 'act-experience', 'act-development']);
    const noBasis = findings.filter((f) => f.ruleId === 'purpose-no-legal-basis').map((f) => f.item.id);
    expect(noBasis).toEqual(['act-marketing', 'act-obligations']);
    const transfers = findings.filter((f) => f.ruleId === 'vendor-transfer-without-mechanism');
    expect(transfers.map((f) => f.item.id)).toEqual(['v-datto', 'v-itglue']);
    const nowhere = findings.filter((f) => f.ruleId === 'vendor-no-processing-country');
    // Spinup as the policy names it, and the library entries whose locations no source confirms.
    expect(nowhere.map((f) => f.item.id)).toEqual(['v-cloudfactory', 'v-xink', 'v-spinup', 'v-flexfone']);
    const authority = findings.find((f) => f.ruleId === 'outdated-authority');
    expect(authority?.fix).toEqual({ screen: 'documents', id: null, field: 'policy.extraSections.1.body' });
    const dpo = findings.find((f) => f.ruleId === 'dpo-is-management');
    expect(dpo?.fix).toEqual({ screen: 'organisation', id: null, field: 'privacyContact.isManagement' });
    expect(dpo?.message).toContain('Lasse Bloch Holmsgaard');
  });

  it('does not take "Ansatte hos vores kunder" for the firm\'s own employees', () => {
    expect(ids).not.toContain('consent-for-employees');
  });

  it('has errors, so exporting asks first', () => {
    expect(hasErrors(findings)).toBe(true);
  });
});

describe('Bitspace AB (Swedish policy), as written', () => {
  const project = bitspaceAsWritten();
  const findings = runChecks(project, { today: TODAY });
  const ids = ruleIds(findings);

  it('is a valid project', () => {
    expect(ProjectSchema.safeParse(project).success).toBe(true);
  });

  it.each<[RuleId, string]>([
    ['privacy-shield', '"EU/US Privacy Shield-certifiering"'],
    ['independent-controller-as-processor', 'EURid, IIS and UC AB as underleverantörer'],
    ['legitimate-interest-not-described', '"Intresseavvägning" without the interest'],
    ['consent-mixed-with-other-basis', '"Intresseavvägning, samtycke och fullgörande av avtal"'],
    ['national-id-without-basis', 'personnummer without 3 kap. 10 §'],
    ['legal-basis-without-statute', '"Rättslig förpliktelse" without the act'],
    ['retention-vague', '"så länge det finns ett dokumenterat syfte"'],
    ['processor-activity-without-customers', 'the processor role with no customer named'],
    ['controller-identity-incomplete', 'no address or contact details for Bitspace AB'],
    ['dpo-contact-missing', '"Kontakta vårt dataskyddsombud", with no contact details'],
    ['policy-undated', 'neither date nor version'],
  ])('reports %s (%s)', (ruleId) => {
    expect(ids).toContain(ruleId);
  });

  it('names the registries and the credit agency', () => {
    const misfiled = findings.filter((f) => f.ruleId === 'independent-controller-as-processor');
    expect(misfiled.map((f) => f.item.id)).toEqual(['v-eurid', 'v-iis', 'v-uc']);
    expect(misfiled.map((f) => f.params.category)).toEqual(['registry', 'registry', 'credit']);
    expect(misfiled.every((f) => f.fix.screen === 'vendors' && f.fix.field === 'role')).toBe(true);
  });

  it('speaks Swedish by default, and Danish or English when asked', () => {
    const shield = findings.find((f) => f.ruleId === 'privacy-shield');
    expect(shield?.message).toMatch(/^Integritetspolicyn nämner Privacy Shield/);
    const da = runChecks(project, { today: TODAY, language: 'da' }).find(
      (f) => f.ruleId === 'privacy-shield',
    );
    expect(da?.message).toMatch(/^Privatlivspolitikken nævner Privacy Shield/);
  });
});

describe('findings as data', () => {
  it('have unique keys and survive JSON, so the UI and the CLI can re-render them', () => {
    for (const project of [itguyAsWritten(), bitspaceAsWritten()]) {
      const findings = runChecks(project, { today: TODAY, language: 'en' });
      expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
      const copies = JSON.parse(JSON.stringify(findings)) as typeof findings;
      for (const [index, copy] of copies.entries()) {
        expect(findingMessage(copy, 'en')).toBe(findings[index]!.message);
        expect(findingMessage(copy, 'da')).not.toBe(findings[index]!.message);
      }
    }
  });

  it('come errors first, then warnings, then information', () => {
    const order = { error: 0, warning: 1, info: 2 };
    const severities = runChecks(bitspaceAsWritten(), { today: TODAY }).map((f) => order[f.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });
});

describe('the corrected registers', () => {
  it.each([
    ['ITGuy ApS', itguyCorrected],
    ['Bitspace AB', bitspaceCorrected],
  ])('%s passes with no errors (and no findings at all)', (_name, build) => {
    const project = build();
    expect(ProjectSchema.safeParse(project).success).toBe(true);
    const findings = runChecks(project, { today: TODAY });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('score higher on completeness than the registers as written', () => {
    for (const [written, corrected] of [
      [itguyAsWritten(), itguyCorrected()],
      [bitspaceAsWritten(), bitspaceCorrected()],
    ] as const) {
      const before = completenessScore(written, { today: TODAY });
      const after = completenessScore(corrected, { today: TODAY });
      expect(after.overall).toBeGreaterThan(before.overall);
      expect(after.activities.every((a) => a.status !== 'errors')).toBe(true);
      expect(before.activities.some((a) => a.status === 'errors')).toBe(true);
    }
  });
});
