import { describe, expect, it } from 'vitest';
import { authorityForJurisdiction } from '../../../shared/catalog/authorities';
import { buildPolicy, renderDocx, UnknownAudienceError, type PolicyOptions } from '../../../shared/documents';
import { documentTexts } from '../../../shared/documents/texts';
import type { Language } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model';
import { documentProject, swedishProject } from '../../fixtures/documents/documentProject';
import { openDocx, XML_INVALID } from './docxFile';

const LANGS: Language[] = ['da', 'sv', 'en'];

async function policyText(project: Project, options: Omit<PolicyOptions, 'now'>): Promise<string> {
  const built = buildPolicy(project, { now: '2026-11-22', ...options });
  const docx = await openDocx(await renderDocx(built.document));
  for (const xml of docx.parts.values()) expect(xml).not.toMatch(XML_INVALID);
  return docx.text;
}

/** The right to object to processing on legitimate interests (Art. 21(1)), as the first part states it. */
const objection = (language: Language) => documentTexts(language).policy.objectionBrief(true, false);

describe.each(LANGS)('privacy policy in %s', (language) => {
  const t = documentTexts(language);

  it('for an audience with consent, legitimate interest and automated decisions: states each matching right', async () => {
    const text = await policyText(documentProject(), { language, audienceId: 'aud-web' });
    expect(text).toContain(t.policy.withdrawBrief);
    expect(text).toContain(objection(language));
    expect(text).toContain(t.policy.automatedBrief);
    expect(text).toContain(t.policy.automatedText);
    // Consent and contract bases: portability is among the rights.
    expect(text).toContain(t.policy.rightsBrief(true));
  });

  it('for an audience without consent or legitimate interest: no withdrawal, no objection, no automated decisions', async () => {
    const text = await policyText(documentProject(), { language, audienceId: 'aud-staff' });
    expect(text).not.toContain(t.policy.withdrawBrief);
    expect(text).not.toContain(objection(language));
    expect(text).not.toContain(t.policy.automatedBrief);
    expect(text).not.toContain(t.policy.automatedText);
    expect([t.policy.rightsBrief(true), t.policy.rightsBrief(false)].some((r) => text.includes(r))).toBe(
      true,
    );
  });

  it('cites each legal basis once, in the language form, with the legitimate interest in words', async () => {
    const text = await policyText(documentProject(), { language, audienceId: 'aud-web' });
    const citations = {
      da: [
        'databeskyttelsesforordningens artikel 6, stk. 1, litra f',
        'databeskyttelsesforordningens artikel 6, stk. 1, litra a',
      ],
      sv: ['artikel 6.1 f i dataskyddsförordningen', 'artikel 6.1 a i dataskyddsförordningen'],
      en: ['Article 6(1)(f) GDPR', 'Article 6(1)(a) GDPR'],
    }[language];
    for (const citation of citations) expect(text.split(citation).length - 1).toBe(1);
    const interest = {
      da: 'at undgå tab på debitorer (Kreditvurdering)',
      sv: 'att undvika kundförluster (Kreditprövning)',
      en: 'avoiding bad debts (Credit check)',
    }[language];
    expect(text).toContain(interest);
  });

  it('says where data comes from when it is not only from the person (Art. 14)', async () => {
    const text = await policyText(documentProject(), { language, audienceId: 'aud-web' });
    const register = { da: 'CVR-registret', sv: 'CVR-registret', en: 'the Danish business register (CVR)' }[
      language
    ];
    expect(text).toContain(t.policy.sourcesSentence(register, true));
    const agency = {
      da: 'kreditoplysningsbureau',
      sv: 'kreditupplysningsföretag',
      en: 'credit reference agency',
    }[language];
    expect(text).toContain(t.policy.sourcesSentence(agency, false));
  });

  it('lists transfers with their mechanism and how to get a copy of the safeguards', async () => {
    const text = await policyText(documentProject(), { language, audienceId: 'aud-web' });
    expect(text).toContain(t.policy.transfersHeading);
    expect(text).toContain(t.policy.mechanismText.dpf);
    expect(text).toContain(t.policy.mechanismText.scc);
    expect(text).toContain(
      {
        da: 'Kontakt dpo@itguy.example for en kopi.',
        sv: 'Kontakta dpo@itguy.example för en kopia.',
        en: 'Contact dpo@itguy.example for a copy.',
      }[language],
    );
  });

  it('has no transfers section when no vendor or entry goes outside the EU/EEA', async () => {
    const project = documentProject();
    for (const activity of project.activities) {
      activity.manualTransfers = [];
      activity.vendorIds = activity.vendorIds.filter((id) => id === 'v-hetzner' || id === 'v-eurid');
    }
    const text = await policyText(project, { language, audienceId: 'aud-web' });
    expect(text).not.toContain(t.policy.transfersHeading);
    expect(text).not.toContain(t.policy.transfersIntro);
  });

  it('gives the DK authority block and the edition once, never the old address', async () => {
    const text = await policyText(documentProject(), { language, audienceId: 'aud-web' });
    expect(text).toContain(t.policy.complaintText(authorityForJurisdiction('DK')!.name[language]));
    for (const line of ['Carl Jacobsens Vej 35', '2500 Valby', '+45 33 19 32 00', 'dt@datatilsynet.dk'])
      expect(text).toContain(line);
    expect(text).not.toMatch(/Borgergade|Datainspektionen|Privacy Shield/i);
    const date = { da: '1. november 2026', sv: '1 november 2026', en: '1 November 2026' }[language];
    expect(text.split(t.policy.effective(date, '2.1')).length - 1).toBe(1);
    expect(text.split(date).length - 1).toBe(1);
  });

  it('names IMY for a Swedish organisation, never Datainspektionen', async () => {
    const text = await policyText(swedishProject(), { language, audienceId: 'aud-web' });
    expect(text).toMatch(/Integritetsskyddsmyndigheten[ ,(]+IMY\)/);
    expect(text).toContain('Box 8114');
    expect(text).toContain('104 20 Stockholm');
    expect(text).not.toContain('Datainspektionen');
    expect(text).not.toContain('Carl Jacobsens Vej');
  });
});

describe('privacy policy: only what the register says', () => {
  it('leaves out internal-only and retired activities, and other audiences', async () => {
    const project = documentProject();
    project.activities.find((a) => a.id === 'act-newsletter')!.status = 'retired';
    const text = await policyText(project, { language: 'en', audienceId: 'aud-web' });
    expect(text).toContain('Customer administration');
    expect(text).not.toContain('Internal logging');
    expect(text).not.toContain('Staff administration');
    expect(text).not.toContain('Newsletter');
    // Without the newsletter no consent basis is left: the withdrawal paragraph goes with it.
    expect(text).not.toContain(documentTexts('en').policy.withdrawBrief);
  });

  it('adds the objection right as soon as one purpose cites Art. 6(1)(f), and only then', async () => {
    const project = documentProject();
    const staff = project.activities.find((a) => a.id === 'act-hr')!;
    const before = await policyText(project, { language: 'da', audienceId: 'aud-staff' });
    expect(before).not.toContain(objection('da'));
    staff.purposes[0]!.legalBases.push({
      code: 'art6-1-f',
      legitimateInterest: { da: 'Intern kontrol' },
      note: {},
    });
    const after = await policyText(project, { language: 'da', audienceId: 'aud-staff' });
    expect(after).toContain(objection('da'));
    expect(after).toContain('intern kontrol (Personaleadministration)');
  });

  it('takes cookie, children, extra and changes sections from the policy settings', async () => {
    const project = documentProject();
    const withCookies = await policyText(project, { language: 'da', audienceId: 'aud-web' });
    expect(withCookies).toContain('Vi bruger cookies.');
    expect(withCookies).toContain('Vi behandler ikke børns data.');
    expect(withCookies).toContain('Ingen børn.');
    expect(withCookies).toContain('Vi opdaterer politikken.');
    project.policy.includeCookieSection = false;
    project.policy.changesText = {};
    const without = await policyText(project, { language: 'da', audienceId: 'aud-web' });
    expect(without).not.toContain('Vi bruger cookies.');
    expect(without).not.toContain(documentTexts('da').policy.changesHeading);
  });

  it('lists vendors by name, function and country, and keeps independent controllers apart', async () => {
    const text = await policyText(documentProject(), { language: 'da', audienceId: 'aud-web' });
    const p = documentTexts('da').policy;
    const vendors = text.slice(text.indexOf(p.recipientsHeading), text.indexOf(p.transfersHeading));
    expect(vendors).toContain('Mailchimp (The Rocket Science Group LLC)');
    expect(vendors).toContain('Udsendelse af nyhedsbreve');
    expect(vendors).toContain('Irland, Nederlandene og USA');
    expect(vendors).toContain(p.vendorsDpa);
    const independent = vendors.slice(vendors.indexOf(p.othersIntro));
    expect(independent).toContain('EURid');
    expect(vendors.slice(0, vendors.indexOf(p.othersIntro))).not.toContain('EURid');
  });

  it('claims signed data processing agreements only when the register has them all', async () => {
    const project = documentProject();
    project.vendors.find((v) => v.id === 'v-mailchimp')!.dpa = { status: 'unknown', date: '', reference: '' };
    const text = await policyText(project, { language: 'da', audienceId: 'aud-web' });
    expect(text).not.toContain(documentTexts('da').policy.vendorsDpa);
  });

  it('claims no date when the policy has no effective date (the finding policy-undated asks for one)', async () => {
    const project = documentProject();
    project.policy.effectiveDate = '';
    const text = await policyText(project, { language: 'en', audienceId: 'aud-web' });
    expect(text).toContain('Version 2.1');
    expect(text).not.toContain('Effective from');
    expect(text).not.toContain('22 November 2026');
  });

  it('explains the complaint right generally when the jurisdiction has no built-in authority', async () => {
    const project = documentProject();
    project.organisation.jurisdiction = 'other';
    const text = await policyText(project, { language: 'en', audienceId: 'aud-web' });
    expect(text).toContain(documentTexts('en').policy.complaintOther);
    expect(text).not.toContain('Datatilsynet');
  });

  it('never calls the owner a DPO: a DPO who is management is presented as the contact', async () => {
    const project = documentProject();
    const p = documentTexts('da').policy;
    const dpo = p.dpo('Mette Hansen, dpo@itguy.example, +45 70 20 30 41');
    expect(await policyText(project, { language: 'da', audienceId: 'aud-web' })).toContain(dpo);
    project.privacyContact.isManagement = true;
    const text = await policyText(project, { language: 'da', audienceId: 'aud-web' });
    expect(text).not.toContain(dpo);
    expect(text).not.toContain('databeskyttelsesrådgiver er');
    expect(text).toContain(p.privacyContact('Mette Hansen, dpo@itguy.example, +45 70 20 30 41'));
  });

  it('refuses an audience the project does not have', () => {
    expect(() =>
      buildPolicy(documentProject(), { language: 'da', audienceId: 'nope', now: '2026-11-22' }),
    ).toThrow(UnknownAudienceError);
  });

  it('gives a default file name with the audience', () => {
    const built = buildPolicy(documentProject(), {
      language: 'sv',
      audienceId: 'aud-staff',
      now: '2026-11-22',
    });
    expect(built.fileName).toBe('Integritetspolicy - ITGuy ApS - Medarbetare - 2026-11-22.docx');
  });
});
