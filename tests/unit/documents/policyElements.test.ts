import { describe, expect, it } from 'vitest';
import { buildPolicy, exportBlockers, renderDocx } from '../../../shared/documents';
import { documentTexts } from '../../../shared/documents/texts';
import { retentionRule } from '../../../shared/catalog/retentionRules';
import { formatDate } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import type { Activity, Project } from '../../../shared/model';
import { documentProject } from '../../fixtures/documents/documentProject';
import { openDocx } from './docxFile';

/** The Art. 13/14 elements of the policy, each in da, sv and en, read back from the .docx. */

const LANGS: Language[] = ['da', 'sv', 'en'];

async function printed(project: Project, language: Language, audienceId: string | null): Promise<string> {
  const built = buildPolicy(project, { now: '2026-11-22', language, audienceId });
  return (await openDocx(await renderDocx(built.document))).text;
}

const count = (text: string, part: string) => text.split(part).length - 1;

function edit(project: Project, id: string, change: (activity: Activity) => void): Project {
  change(project.activities.find((a) => a.id === id)!);
  return project;
}

/** Every activity answers the automated-decisions question with `status`. */
function allAutomated(status: Activity['automatedDecisions']['status']): Project {
  const project = documentProject();
  for (const activity of project.activities) activity.automatedDecisions.status = status;
  return project;
}

describe.each(LANGS)('policy elements in %s', (language) => {
  const p = documentTexts(language).policy;

  describe('automated decisions (Art. 13(2)(f), 14(2)(g))', () => {
    it('"not used" everywhere: the statement once, no description', async () => {
      const text = await printed(allAutomated('notUsed'), language, 'aud-web');
      expect(count(text, p.automatedNotUsed)).toBe(1);
      expect(text).not.toContain(p.automatedText);
    });

    it('"not assessed" anywhere: no statement at all', async () => {
      const project = edit(allAutomated('notUsed'), 'act-customers', (a) => {
        a.automatedDecisions.status = 'notAssessed';
      });
      const text = await printed(project, language, 'aud-web');
      expect(text).not.toContain(p.automatedNotUsed);
      expect(text).not.toContain(p.automatedNotUsedOther);
    });

    it('used in one activity: its logic and consequences there, and "apart from that" once', async () => {
      const project = edit(allAutomated('notUsed'), 'act-credit', (a) => {
        a.automatedDecisions = {
          status: 'used',
          logic: { da: 'LOGIK', sv: 'LOGIK', en: 'LOGIC' },
          significance: { da: 'BETYDNING', sv: 'BETYDELSE', en: 'SIGNIFICANCE' },
        };
      });
      const text = await printed(project, language, 'aud-web');
      expect(text).toContain(p.automatedText);
      expect(text).toContain(p.automatedLogic(language === 'en' ? 'LOGIC.' : 'LOGIK.'));
      expect(text).toContain(
        p.automatedSignificance(`${{ da: 'BETYDNING', sv: 'BETYDELSE', en: 'SIGNIFICANCE' }[language]}.`),
      );
      expect(count(text, p.automatedNotUsedOther)).toBe(1);
      expect(text).not.toContain(p.automatedNotUsed);
    });

    it('used without the explanations: the statement, no empty labels, and an error that stops a final policy', async () => {
      const project = edit(allAutomated('notUsed'), 'act-credit', (a) => {
        a.automatedDecisions = { status: 'used', logic: {}, significance: {} };
      });
      const text = await printed(project, language, 'aud-web');
      expect(text).toContain(p.automatedText);
      // No label with nothing after it: neither lead-in is printed.
      expect(text).not.toContain(p.automatedLogic('').trim());
      expect(text).not.toContain(p.automatedSignificance('').trim());
      const blockers = exportBlockers(project, 'policy', {
        audienceId: 'aud-web',
        today: '2026-11-22',
        language,
      });
      const unexplained = blockers.errors.filter((f) => f.ruleId === 'automated-decisions-not-explained');
      expect(unexplained.map((f) => f.item.field)).toEqual([
        'automatedDecisions.logic',
        'automatedDecisions.significance',
      ]);
    });
  });

  describe('whether the data must be provided (Art. 13(2)(e))', () => {
    it.each(['statutory', 'contractual', 'contractPrerequisite', 'voluntary'] as const)(
      '%s prints its own sentence',
      async (kind) => {
        const project = edit(documentProject(), 'act-newsletter', (a) => {
          a.requirement = { kind, consequence: {} };
        });
        expect(await printed(project, language, 'aud-web')).toContain(p.requirement[kind]);
      },
    );

    it('not assessed prints none of them', async () => {
      const project = documentProject();
      for (const a of project.activities) a.requirement = { kind: 'notAssessed', consequence: {} };
      const text = await printed(project, language, null);
      for (const sentence of Object.values(p.requirement)) expect(text).not.toContain(sentence);
    });
  });

  describe('data protection officer (Art. 13(1)(b))', () => {
    // The words before the person's name: "Vores databeskyttelsesrådgiver er " / "Spørgsmål … kan du stille til ".
    const dpoText = p.dpo('\u0000').split('\u0000')[0] ?? '';
    const contactText = p.privacyContact('\u0000').split('\u0000')[0] ?? '';
    it('a DPO: presented as DPO with the contact', async () => {
      const text = await printed(documentProject(), language, 'aud-web');
      expect(text).toContain(dpoText);
      expect(text).toContain('dpo@itguy.example');
      expect(text).not.toContain(p.noDpo);
    });

    it('a contact person: "no DPO appointed", never called DPO', async () => {
      const project = documentProject();
      project.privacyContact.kind = 'contact';
      const text = await printed(project, language, 'aud-web');
      expect(text).toContain(p.noDpo);
      expect(text).not.toContain(dpoText);
      expect(text).toContain(contactText);
    });

    it('a manager entered as DPO: neither called DPO nor "no DPO"', async () => {
      const project = documentProject();
      project.privacyContact.isManagement = true;
      const text = await printed(project, language, 'aud-web');
      expect(text).not.toContain(dpoText);
      expect(text).not.toContain(p.noDpo);
    });
  });

  describe('right to object to direct marketing (Art. 21(2)–(4))', () => {
    const marketing = p.objectionBrief(false, true);

    it('stated in the first part, in its own paragraph, where a purpose is marketing', async () => {
      const text = await printed(documentProject(), language, 'aud-web');
      const brief = text.slice(0, text.indexOf(p.detailsHeading));
      const paragraph = brief.split('\n').find((line) => line.includes(marketing));
      expect(paragraph?.startsWith(p.objectionLead)).toBe(true);
      expect(paragraph).not.toContain(p.rightsBrief(true));
    });

    it('absent where no purpose is marketing', async () => {
      expect(await printed(documentProject(), language, 'aud-staff')).not.toContain(marketing);
    });
  });

  it('answer time: one month, extendable by two further months (Art. 12(3))', async () => {
    const text = await printed(documentProject(), language, 'aud-web');
    const sentence = p.exerciseRights('X');
    expect(sentence).toMatch({ da: /to måneder/, sv: /två månader/, en: /two further months/ }[language]);
    expect(text).toContain(sentence.slice(sentence.indexOf('X') + 2));
  });

  it('complaint: the own authority and the one where the person lives or works (Art. 77)', async () => {
    const text = await printed(documentProject(), language, 'aud-web');
    expect(text).toContain('Datatilsynet');
    expect(text).toContain(p.complaintElsewhere);
  });

  it('data from the person only: no source sentence (Art. 13); another source: named (Art. 14(2)(f))', async () => {
    const project = documentProject();
    const sourcesLead = p.sourcesSentence('\u0000', false).split('\u0000')[0] ?? '';
    const alsoYouLead = p.sourcesSentence('\u0000', true).split('\u0000')[0] ?? '';
    expect(await printed(project, language, 'aud-web')).toContain(alsoYouLead);
    for (const activity of project.activities) activity.sourceIds = ['src-self'];
    const text = await printed(project, language, 'aud-web');
    expect(text).not.toContain(sourcesLead);
    expect(text).not.toContain(alsoYouLead);
  });
});

describe.each(LANGS)('what the policy does not claim, in %s', (language) => {
  const p = documentTexts(language).policy;

  it('prints the recorded effective date, and records that date as the edition date', async () => {
    const project = documentProject();
    project.policy.effectiveDate = '2026-03-01';
    const built = buildPolicy(project, { now: '2026-11-22', language, audienceId: 'aud-web' });
    const text = (await openDocx(await renderDocx(built.document))).text;
    expect(built.editionDate).toBe('2026-03-01');
    expect(text).toContain(p.effective(formatDate('2026-03-01', language), project.policy.version));
    expect(text).not.toContain(formatDate('2026-11-22', language));
  });

  it('an unset effective date prints no date claim, and the edition date is empty', async () => {
    const project = documentProject();
    project.policy.effectiveDate = '';
    const built = buildPolicy(project, { now: '2026-11-22', language, audienceId: 'aud-web' });
    const text = (await openDocx(await renderDocx(built.document))).text;
    expect(built.editionDate).toBe('');
    expect(text).not.toContain(formatDate('2026-11-22', language));
    expect(text).toContain(p.effective('', project.policy.version));
  });

  it("employees' policy: no website cookie or children section", async () => {
    const project = documentProject();
    Object.assign(project.policy, {
      includeCookieSection: true,
      cookieText: { da: 'COOKIE-TEKST', sv: 'COOKIE-TEKST', en: 'COOKIE-TEKST' },
      childrenStatement: { da: 'BØRNE-TEKST', sv: 'BØRNE-TEKST', en: 'BØRNE-TEKST' },
    });
    const staff = await printed(project, language, 'aud-staff');
    expect(staff).not.toContain('COOKIE-TEKST');
    expect(staff).not.toContain('BØRNE-TEKST');
    const web = await printed(project, language, 'aud-web');
    expect(web).toContain(`${p.cookiesHeading}\nCOOKIE-TEKST`);
    expect(web).toContain(`${p.childrenHeading}\nBØRNE-TEKST`);
  });

  it('a Swedish, Danish and English newsletter retention keeps proof of consent under Art. 7(1) and 5(2)', () => {
    const basis = retentionRule('newsletter-subscribers').basis[language];
    expect(basis).not.toMatch(/(?<!\d)7\.3|17\.1 b|(?<!\d)7, stk\. 3|17, stk\. 1|(?<!\d)7\(3\)|17\(1\)\(b\)/);
    expect(basis).toMatch(
      {
        da: /artikel 7, stk\. 1, og artikel 5, stk\. 2/,
        sv: /artikel 7\.1 och 5\.2/,
        en: /Articles 7\(1\) and 5\(2\)/,
      }[language],
    );
    expect(basis).toMatch({ da: /17, stk\. 3, litra e/, sv: /17\.3 e/, en: /17\(3\)\(e\)/ }[language]);
  });

  it('no contact line that names only the firm; no empty section', async () => {
    const project = documentProject();
    Object.assign(project.organisation, { email: '', privacyEmail: '', phone: '', name: 'Minimal AB' });
    Object.assign(project.privacyContact, { email: '', phone: '' });
    project.policy.extraSections = [
      { id: 'sec-empty', heading: { da: 'TOM', sv: 'TOM', en: 'TOM' }, body: {} },
    ];
    const text = await printed(project, language, 'aud-web');
    expect(text).not.toMatch(/(på|at) Minimal AB/);
    expect(text).toContain(p.exerciseRights('').slice(0, 30));
    expect(text).not.toContain('TOM');
  });
});
