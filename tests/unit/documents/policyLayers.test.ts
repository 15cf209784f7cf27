import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeLegalBasis } from '../../../shared/catalog/legalBases';
import { buildPolicy, renderDocx } from '../../../shared/documents';
import type { Block, DocumentModel } from '../../../shared/documents/model';
import { POLICY_ANCHORS } from '../../../shared/documents/policy/policyAnchors';
import { documentTexts } from '../../../shared/documents/texts';
import type { Language } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model';
import {
  DATA_CATEGORY_KIND_LABELS,
  RECIPIENT_KIND_LABELS,
  SOURCE_KIND_LABELS,
} from '../../../shared/model/vocabulary';
import { buildStarterProject } from '../../../shared/templates';
import { bitspaceCorrected } from '../../fixtures/checks/bitspace';
import { itguyCorrected } from '../../fixtures/checks/itguy';
import { documentProject } from '../../fixtures/documents/documentProject';
import { openDocx } from './docxFile';

/**
 * The policy as a reader meets it (WP260 rev.01, Art. 12(1); issue: "a policy people read"): a first part of about
 * 300 words, then the details, where nothing one activity says is repeated word for word by another, each legal
 * basis is cited once, and no label of the register leaks in.
 */

const LANGS: readonly Language[] = ['da', 'sv', 'en'];
const EXAMPLES = path.resolve(__dirname, '../../../../shared/examples');

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function blockText(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [block.runs.map((r) => r.text).join('')];
    case 'list':
      return block.items.map((item) => item.map((r) => r.text).join(''));
    case 'table':
      return [...(block.header ? [block.header] : []), ...block.rows].flatMap((row) =>
        row.flatMap((cell) => cell.blocks.flatMap(blockText)),
      );
    default:
      return [];
  }
}

const blocksOf = (document: DocumentModel): Block[] => document.sections.flatMap((s) => [...s.blocks]);

/** The blocks from the heading with `from` up to the next heading of level 1. */
function part(document: DocumentModel, from: string): Block[] {
  const blocks = blocksOf(document);
  const start = blocks.findIndex((b) => b.type === 'heading' && b.anchor === from);
  if (start < 0) return [];
  const end = blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level === 1);
  return blocks.slice(start, end < 0 ? undefined : end);
}

/** Each activity's section in the details: its heading's anchor → its text, sentence by sentence. */
function activitySentences(document: DocumentModel): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string | null = null;
  for (const block of part(document, POLICY_ANCHORS.details)) {
    if (block.type === 'heading') {
      current = block.anchor?.startsWith('activity-') ? block.anchor : null;
      continue;
    }
    if (!current) continue;
    // Sentences end at ". " — not after an abbreviation such as "fx.", "t.ex." or "e.g.".
    const sentences = blockText(block).flatMap((text) =>
      text.split(/(?<!\b(?:fx|t\.ex|e\.g|f\.eks|bl\.a|jf|nr|art|stk)\.)(?<=[.!?])\s+/),
    );
    sections.set(current, [...(sections.get(current) ?? []), ...sentences]);
  }
  return sections;
}

function starter(language: Language): Project {
  let n = 0;
  return buildStarterProject({
    jurisdiction: language === 'sv' ? 'SE' : 'DK',
    languages: ['da', 'sv', 'en'],
    primary: language,
    today: '2026-12-01',
    now: '2026-12-01T08:00:00.000Z',
    ids: () => `id-${++n}`,
  });
}

const CASES: readonly { name: string; project: () => Project; audiences: readonly (string | null)[] }[] = [
  { name: 'test register', project: documentProject, audiences: [null, 'aud-web', 'aud-staff'] },
  { name: 'ITGuy, corrected', project: itguyCorrected, audiences: [null, 'aud-web'] },
  { name: 'Bitspace, corrected', project: bitspaceCorrected, audiences: [null, 'aud-customers'] },
];

describe.each(LANGS)('the layered policy in %s', (language) => {
  const p = documentTexts(language).policy;
  const all = [
    ...CASES,
    {
      name: 'starter register',
      project: () => starter(language),
      audiences: [null, ...starter(language).audiences.map((a) => a.id)],
    },
  ];

  describe.each(all)('$name', ({ name, project, audiences }) => {
    const documents = audiences.map(
      (audienceId) => buildPolicy(project(), { language, now: '2026-12-04', audienceId }).document,
    );

    it('opens with a first part of at most 300 words: who we are, what for, the rights and where to complain', () => {
      for (const document of documents) {
        const brief = part(document, POLICY_ANCHORS.brief).flatMap(blockText).join('\n');
        expect(words(brief)).toBeGreaterThan(40);
        expect(words(brief)).toBeLessThanOrEqual(300);
        expect(brief).toContain(p.briefHeading);
        expect(brief).toContain(document.properties.author);
        expect([p.rightsBrief(true), p.rightsBrief(false)].some((r) => brief.includes(r))).toBe(true);
        expect(brief).toMatch(p.complaintBrief('\u0000').split('\u0000')[0] ?? '');
        // The first part comes before every detail.
        const headings = blocksOf(document).filter((b) => b.type === 'heading' && b.level === 1);
        expect(headings[0]).toMatchObject({ anchor: POLICY_ANCHORS.brief });
      }
    });

    it('repeats no sentence of one activity in another (a reference back to an earlier one is not a repeat)', () => {
      const referBack = [p.sameDataAs('\u0000'), p.sameSourcesAs('\u0000')].map(
        (s) => s.split('\u0000')[0] ?? '',
      );
      for (const document of documents) {
        const seen = new Map<string, string>();
        for (const [anchor, sentences] of activitySentences(document)) {
          const said = sentences.filter(
            (s) => words(s) >= 4 && !referBack.some((lead) => s.startsWith(lead)),
          );
          for (const sentence of said) {
            const earlier = seen.get(sentence);
            expect(
              earlier === undefined || earlier === anchor,
              `"${sentence}" in ${earlier} and ${anchor}`,
            ).toBe(true);
            seen.set(sentence, anchor);
          }
        }
      }
    });

    // The starter template's own notes quote provisions in their words ("… jf. § 11, stk. 2, nr. 1"): the citation
    // Kartotek writes is counted in the registers whose notes do not.
    it.skipIf(name === 'starter register')('cites each legal basis once', () => {
      for (const [index, document] of documents.entries()) {
        const text = blocksOf(document).flatMap(blockText).join('\n');
        const codes = new Set(
          project()
            .activities.filter(
              (a) => audiences[index] === null || a.audienceIds.includes(audiences[index] ?? ''),
            )
            .flatMap((a) => a.purposes.flatMap((purpose) => purpose.legalBases.map((b) => b.code))),
        );
        for (const code of codes) {
          const citation = citeLegalBasis(code, language, 'long');
          expect(text.split(citation).length - 1, citation).toBeLessThanOrEqual(1);
        }
      }
    });

    it('leaks no label of the register: no kind after a dash, no "Grundlag:"-style lead-ins', () => {
      const kinds = [SOURCE_KIND_LABELS, RECIPIENT_KIND_LABELS, DATA_CATEGORY_KIND_LABELS].flatMap((labels) =>
        Object.values(labels).map((label) => label[language]),
      );
      const t = documentTexts(language);
      const registerLabels = [t.register.activity.legitimateInterest, t.register.activity.noBasis];
      for (const document of documents) {
        const text = blocksOf(document).flatMap(blockText).join('\n');
        for (const kind of kinds) expect(text, kind).not.toContain(` – ${kind}`);
        for (const label of registerLabels) expect(text, label).not.toContain(`${label}:`);
        expect(text).not.toMatch(/Grundlag: |Grund: |Basis: |Kriterium: |Criterion: /);
      }
    });
  });
});

/** Art. 13 elements, each found by what any policy stating it must contain (in Danish or Swedish). */
const ELEMENTS = {
  complaint: /klage til datatilsynet|klaga till integritetsskyddsmyndigheten/i,
  art77: /art(ikel|\.) 77/i,
  retention: /\d+ (år|måneder|månader)/i,
  mechanism: /standardkontraktbestemmelser|standardavtalsklausuler|Data Privacy Framework/,
  answerTime: /en måned|en månad/,
  mustProvide: /pligt til at give|skyldig att lämna/,
  automated: /automatisk behandling|automatiserad behandling/,
  basisCited: /artikel 6, stk\. 1, litra [a-f]|artikel 6\.1 [a-f]/,
  objection: /indsigelse|invända/,
} as const;
type Element = keyof typeof ELEMENTS;

/**
 * The two real policies in ../shared/examples, rebuilt as registers (tests/fixtures/checks), measured: their
 * words (as `wc -w` counts them) and the elements above each lacks. The reference folder sits beside the checkout
 * and is not part of it, so the measures are kept here and checked against the files wherever they exist.
 */
const FIRMS: readonly {
  firm: string;
  file: string;
  words: number;
  lacks: readonly Element[];
  build: () => Project;
  language: Language;
  audience: string;
}[] = [
  {
    firm: 'ITGuy',
    file: 'itguy-privatlivspolitik-da.txt',
    words: 2557,
    lacks: ['complaint', 'art77', 'mechanism', 'answerTime', 'mustProvide', 'automated', 'basisCited'],
    build: itguyCorrected,
    language: 'da',
    audience: 'aud-web',
  },
  {
    firm: 'Bitspace',
    file: 'bitspace-integritetspolicy-sv.txt',
    words: 1167,
    lacks: [
      'complaint',
      'art77',
      'retention',
      'answerTime',
      'mustProvide',
      'automated',
      'basisCited',
      'objection',
    ],
    build: bitspaceCorrected,
    language: 'sv',
    audience: 'aud-customers',
  },
];

describe.each(FIRMS)('$firm: Kartotek’s policy against the firm’s own', (firm) => {
  it('has no more words than the firm’s own policy, and states every element the firm’s lacks', async () => {
    const built = buildPolicy(firm.build(), {
      language: firm.language,
      now: '2026-12-04',
      audienceId: firm.audience,
    });
    const ours = (await openDocx(await renderDocx(built.document))).text;
    expect(words(ours)).toBeLessThanOrEqual(firm.words);
    for (const [element, pattern] of Object.entries(ELEMENTS)) expect(ours, element).toMatch(pattern);
  });

  const source = path.join(EXAMPLES, firm.file);
  it.runIf(existsSync(source))('measures the firm’s policy as the reference file has it', () => {
    const own = readFileSync(source, 'utf8');
    expect(words(own)).toBe(firm.words);
    const lacks = (Object.keys(ELEMENTS) as Element[]).filter((element) => !ELEMENTS[element].test(own));
    expect(lacks).toEqual(firm.lacks);
  });
});

describe('activity names inside a sentence', () => {
  const textOf = (project: Project) =>
    blocksOf(buildPolicy(project, { language: 'da', now: '2026-12-04', audienceId: 'aud-web' }).document)
      .flatMap(blockText)
      .join('\n');

  it('sets names that hold "og" apart with semicolons, so two read as two', () => {
    const project = documentProject();
    const [customers, newsletter] = ['act-customers', 'act-newsletter'].map((id) =>
      project.activities.find((a) => a.id === id)!,
    );
    customers!.name = { ...customers!.name, da: 'Kunder og aftaler' };
    newsletter!.name = { ...newsletter!.name, da: 'Nyhedsbreve og markedsføring' };
    newsletter!.retention = structuredClone(customers!.retention);
    const text = textOf(project);
    expect(text).toContain('Kunder og aftaler; Nyhedsbreve og markedsføring: ');
    expect(text).not.toContain('Kunder og aftaler og Nyhedsbreve og markedsføring');
  });

  it('never puts brackets inside brackets: a name with its own is set after a dash', () => {
    const project = documentProject();
    const credit = project.activities.find((a) => a.id === 'act-credit')!;
    credit.name = { ...credit.name, da: 'Kreditvurdering (nye kunder)' };
    const text = textOf(project);
    expect(text).toContain('at undgå tab på debitorer – Kreditvurdering (nye kunder)');
    expect(text).not.toMatch(/\([^()]*\([^()]*\)\)/);
  });
});
