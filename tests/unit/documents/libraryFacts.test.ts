import { describe, expect, it } from 'vitest';
import {
  buildPolicy,
  buildRegister,
  buildVendorOverview,
  renderDocx,
  type BuiltDocument,
} from '../../../shared/documents';
import { documentTexts } from '../../../shared/documents/texts';
import type { Language } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model';
import { documentProject } from '../../fixtures/documents/documentProject';
import { openDocx } from './docxFile';

const LANGS: Language[] = ['da', 'sv', 'en'];
const NOTE = { da: 'TJEK-NOTE-DA', sv: 'TJEK-NOTE-SV', en: 'TJEK-NOTE-EN' };

/** Mailchimp (a processor of the website audience) with no known country and a library note. */
function project(): Project {
  const p = documentProject();
  const mailchimp = p.vendors.find((v) => v.id === 'v-mailchimp')!;
  Object.assign(mailchimp, { processingLocations: [], transferMechanism: null, checkBeforeUse: NOTE });
  return p;
}

async function text(built: BuiltDocument): Promise<string> {
  return (await openDocx(await renderDocx(built.document))).text;
}

describe.each(LANGS)('library facts in the documents, %s', (language) => {
  const options = { language, now: '2026-11-22' };
  const documents = () => {
    const p = project();
    return {
      policy: buildPolicy(p, { ...options, audienceId: 'aud-web' }),
      register: buildRegister(p, options),
      vendors: buildVendorOverview(p, options),
    };
  };

  it('prints "not stated" where a vendor has no processing country, in every document', async () => {
    const notStated = documentTexts(language).common.locationNotStated;
    expect(notStated).toBe({ da: 'Ikke oplyst', sv: 'Ej angivet', en: 'Not stated' }[language]);
    for (const [name, built] of Object.entries(documents())) {
      const printed = await text(built);
      expect(printed.includes('Mailchimp'), name).toBe(true);
      expect(printed.includes(notStated), name).toBe(true);
    }
  });

  it('never prints the library note "check before use"', async () => {
    for (const [name, built] of Object.entries(documents())) {
      const printed = await text(built);
      for (const note of Object.values(NOTE)) expect(printed.includes(note), name).toBe(false);
    }
  });
});
