import { describe, expect, it } from 'vitest';
import {
  diffVendorAgainstLibrary,
  findVendorLibraryIssues,
  getVendorLibraryEntry,
  isLibraryUpdateAvailable,
  searchVendorLibrary,
  VENDOR_LIBRARY,
  vendorFromLibrary,
} from '../../../shared/catalog/vendorLibrary';
import type { VendorLibraryEntry } from '../../../shared/catalog/vendorLibrary';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { VendorSchema } from '../../../shared/model/catalogs';
import type { Vendor } from '../../../shared/model/catalogs';
import { isCountryCode, isInsideEuEea } from '../../../shared/model/countries';

const NAMED = [
  'Microsoft 365',
  'Microsoft Azure',
  'Google Workspace',
  'Google Analytics',
  'Datto',
  'IT Glue',
  'TeamViewer',
  'AnyDesk',
  'Acronis',
  'N-able',
  'NinjaOne',
  'ConnectWise',
  'Atera',
  'Cloudfactory',
  'Xink',
  'DigitalOcean',
  'Hetzner',
  'Simply.com',
  'one.com',
  'Fortnox',
  'Visma e-conomic',
  'Dinero',
  'Billy',
  'Xena',
  'Uni-tel',
  'Flexfone',
  'Cookiebot',
  'Mailchimp',
  'HubSpot',
  'Pipedrive',
  'Zendesk',
  'Freshdesk',
  'Bitdefender',
  'ESET',
  'Sophos',
  'Veeam',
  'Keepit',
  'Dropbox',
  'Slack',
  'Zoom',
  'EURid',
  'Internetstiftelsen (IIS)',
  'UC',
];

const byName = (name: string): VendorLibraryEntry => {
  const entry = VENDOR_LIBRARY.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no library entry named ${name}`);
  return entry;
};

const copyOf = (entryId: string, newId = 'v1'): Vendor => {
  const vendor = vendorFromLibrary(entryId, newId);
  if (!vendor) throw new Error(`no library entry ${entryId}`);
  return vendor;
};

describe('vendor library contents', () => {
  it('holds at least 40 entries, including every named vendor', () => {
    expect(VENDOR_LIBRARY.length).toBeGreaterThanOrEqual(40);
    const names = new Set(VENDOR_LIBRARY.map((entry) => entry.name));
    for (const name of NAMED) expect(names, name).toContain(name);
  });

  it('passes every library consistency rule', () => {
    expect(findVendorLibraryIssues()).toEqual([]);
  });

  it('has unique kebab-case ids and integer versions from 1', () => {
    const ids = VENDOR_LIBRARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of VENDOR_LIBRARY) {
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Number.isInteger(entry.libraryVersion) && entry.libraryVersion >= 1).toBe(true);
    }
  });

  it('describes every function in da, sv and en', () => {
    for (const entry of VENDOR_LIBRARY) {
      for (const language of LANGUAGES) expect(entry.function[language].trim(), entry.id).not.toBe('');
    }
  });

  it('uses valid ISO 3166-1 alpha-2 codes', () => {
    for (const entry of VENDOR_LIBRARY) {
      expect(entry.hqCountry === '' || isCountryCode(entry.hqCountry), entry.id).toBe(true);
      for (const code of entry.processingLocations)
        expect(isCountryCode(code), `${entry.id} ${code}`).toBe(true);
    }
  });

  it('has a mechanism exactly when a location lies outside the EU/EEA', () => {
    for (const entry of VENDOR_LIBRARY) {
      const outside = entry.processingLocations.some((code) => !isInsideEuEea(code));
      if (outside) expect(entry.transferMechanism, entry.id).not.toBeNull();
      else expect(entry.transferMechanism, entry.id).toBeNull();
    }
  });

  it('never mentions the invalidated EU-US framework', () => {
    for (const entry of VENDOR_LIBRARY)
      expect(JSON.stringify(entry), entry.id).not.toMatch(/privacy\s*shield/i);
    for (const id of VENDOR_LIBRARY.map((entry) => entry.id)) {
      expect(JSON.stringify(copyOf(id))).not.toMatch(/privacy\s*shield/i);
    }
  });

  it('marks EURid, Internetstiftelsen and UC as independent controllers and says why in every language', () => {
    for (const name of ['EURid', 'Internetstiftelsen (IIS)', 'UC']) {
      const entry = byName(name);
      expect(entry.role).toBe('independentController');
      for (const language of LANGUAGES)
        expect(entry.notes[language].length, `${name} ${language}`).toBeGreaterThan(40);
    }
    expect(byName('UC').legalEntity).toBe('UC AB');
  });

  it('flags everything the reference marks "verify", lists as unverified or does not cover', () => {
    const unconfirmed = [
      'Microsoft 365',
      'Microsoft Azure',
      'Datto',
      'IT Glue',
      'AnyDesk',
      'Atera',
      'Xena',
      'Dropbox',
      'Slack',
      'Zoom',
      'HubSpot',
      'Freshdesk',
      'N-able',
      'Cloudfactory',
      'Xink',
      'Flexfone',
      'NinjaOne',
      'ConnectWise',
    ];
    for (const name of unconfirmed) {
      const entry = byName(name);
      expect(entry.verification.status, name).toBe('checkBeforeUse');
      expect(entry.verification.date, name).toBe('');
      for (const language of LANGUAGES)
        expect(entry.notes[language].trim(), `${name} ${language}`).not.toBe('');
    }
  });

  it('dates verified entries with the reference date and never leaves their mechanism unknown', () => {
    for (const entry of VENDOR_LIBRARY.filter((candidate) => candidate.verification.status === 'verified')) {
      expect(entry.verification.date, entry.id).toBe('2026-11-22');
      expect(entry.transferMechanism, entry.id).not.toBe('unknown');
    }
  });

  it('keeps the reference facts', () => {
    expect(byName('Simply.com').registrationNumber).toBe('29412006');
    expect(byName('Fortnox').registrationNumber).toBe('556469-6291');
    expect(byName('one.com').registrationNumber).toBe('559205-2400');
    expect(byName('Google Workspace').transferMechanism).toBe('dpf');
    expect(byName('Mailchimp').transferMechanism).toBe('dpf');
    expect(byName('Zendesk').transferMechanism).toBe('bcr');
    expect(byName('DigitalOcean').transferMechanism).toBe('scc');
    expect(byName('Sophos').transferMechanism).toBe('adequacy');
    expect(byName('Acronis').transferMechanism).toBe('adequacy');
    expect(byName('Microsoft 365').transferMechanism).toBe('dpf');
    expect(byName('Microsoft Azure').transferMechanism).toBe('dpf');
    expect(byName('NinjaOne').transferMechanism).toBe('unknown');
    expect(byName('ConnectWise').transferMechanism).toBe('unknown');
  });

  it('has Microsoft process in the EU (EU Data Boundary) with DPF transfers to the US, and says so', () => {
    for (const name of ['Microsoft 365', 'Microsoft Azure']) {
      const entry = byName(name);
      expect(entry.processingLocations, name).toEqual(expect.arrayContaining(['IE', 'NL', 'US']));
      expect(entry.notes.en, name).toMatch(/EU Data Boundary/);
      expect(entry.notes.en, name).toMatch(/Data Privacy Framework/);
      expect(entry.notes.da, name).toMatch(/standardkontraktbestemmelser/);
    }
  });

  it('places TeamViewer in Germany, its seat, and asks the user to check the countries', () => {
    expect(byName('TeamViewer').processingLocations).toEqual(['DE']);
    expect(byName('TeamViewer').verification.status).toBe('checkBeforeUse');
  });

  it('gives https websites and only https DPA links', () => {
    for (const entry of VENDOR_LIBRARY) {
      expect(entry.website, entry.id).toMatch(/^https:\/\//);
      expect(entry.dpaUrl === '' || entry.dpaUrl.startsWith('https://'), entry.id).toBe(true);
    }
  });
});

describe('findVendorLibraryIssues', () => {
  const base = byName('Hetzner');

  it('catches a location outside the EU/EEA without a mechanism', () => {
    const broken = { ...base, processingLocations: ['DE', 'US'] as const };
    expect(findVendorLibraryIssues([broken]).join()).toMatch(/needs a transfer mechanism/);
  });

  it('catches a verified entry with an unknown mechanism and an unflagged entry without notes', () => {
    const broken: VendorLibraryEntry = { ...base, processingLocations: ['US'], transferMechanism: 'unknown' };
    expect(findVendorLibraryIssues([broken]).join()).toMatch(/cannot have an unknown/);
    const noNotes: VendorLibraryEntry = {
      ...base,
      verification: { date: '', source: 'x', status: 'checkBeforeUse' },
      notes: { da: '', sv: '', en: '' },
    };
    expect(findVendorLibraryIssues([noNotes])).toHaveLength(3);
  });

  it('catches duplicate ids and the invalidated framework in text', () => {
    const mention: VendorLibraryEntry = { ...base, notes: { da: 'Privacy  Shield', sv: '', en: '' } };
    const issues = findVendorLibraryIssues([base, mention]).join('\n');
    expect(issues).toMatch(/duplicate id/);
    expect(issues).toMatch(/invalidated/);
  });
});

describe('searchVendorLibrary', () => {
  it('finds remote-support tools by their Danish function, case-insensitively', () => {
    const names = searchVendorLibrary('FJERNSUPPORT', 'da').map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['TeamViewer', 'AnyDesk']));
  });

  it('searches the function only in the chosen language', () => {
    expect(searchVendorLibrary('fjärrsupport', 'sv').map((entry) => entry.id)).toContain('teamviewer');
    expect(searchVendorLibrary('fjärrsupport', 'da').map((entry) => entry.id)).not.toContain('teamviewer');
  });

  it('matches name, legal entity and category, and ranks name matches first', () => {
    expect(searchVendorLibrary('zoom', 'en')[0]?.id).toBe('zoom');
    expect(searchVendorLibrary('rocket science', 'en').map((entry) => entry.id)).toEqual(['mailchimp']);
    const rmm = searchVendorLibrary('rmm', 'en').map((entry) => entry.id);
    expect(rmm).toEqual(expect.arrayContaining(['n-able', 'ninjaone', 'atera', 'connectwise']));
    expect(searchVendorLibrary('registry', 'en').map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['eurid', 'internetstiftelsen']),
    );
    expect(searchVendorLibrary('bogføring', 'da').map((entry) => entry.id)).toContain('billy');
  });

  it('requires every word and returns everything for an empty query', () => {
    expect(searchVendorLibrary('backup microsoft', 'en').map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['keepit', 'veeam']),
    );
    expect(searchVendorLibrary('backup microsoft', 'en').map((entry) => entry.id)).not.toContain('acronis');
    expect(searchVendorLibrary('   ', 'da')).toHaveLength(VENDOR_LIBRARY.length);
    expect(searchVendorLibrary('no-such-vendor-xyz', 'sv')).toEqual([]);
  });
});

describe('vendorFromLibrary', () => {
  it('returns a VendorSchema-valid copy for every entry', () => {
    VENDOR_LIBRARY.forEach((entry, index) => {
      const vendor = copyOf(entry.id, `vendor-${index}`);
      const parsed = VendorSchema.safeParse(vendor);
      expect(parsed.success, `${entry.id}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(vendor.libraryRef).toEqual({ id: entry.id, version: entry.libraryVersion });
      expect(vendor.id).toBe(`vendor-${index}`);
    });
  });

  it('returns undefined for an unknown entry', () => {
    expect(vendorFromLibrary('no-such-entry', 'v1')).toBeUndefined();
    expect(getVendorLibraryEntry('no-such-entry')).toBeUndefined();
  });

  it('copies the facts as a suggestion, leaves verification to the user and keeps what to check apart', () => {
    const vendor = copyOf('simply-com');
    expect(vendor).toMatchObject({
      name: 'Simply.com',
      legalEntity: 'Simply.com A/S',
      registrationNumber: '29412006',
      hqCountry: 'DK',
      processingLocations: ['DK'],
      role: 'subProcessor',
      transferMechanism: null,
      lastVerified: '',
      dpa: { status: 'unknown', date: '' },
    });
    // Every library copy is a suggestion until the user confirms it.
    expect(vendor.confirmation).toEqual({ origin: 'library', confirmedAt: null });
    expect(vendor.checkBeforeUse).toEqual({});
    // What the library could not confirm travels apart from the user's own notes, so a finding can follow it.
    const flagged = copyOf('hubspot');
    const entry = getVendorLibraryEntry('hubspot')!;
    expect(entry.verification.status).toBe('checkBeforeUse');
    expect(flagged.checkBeforeUse).toEqual({
      da: entry.notes.da.trim(),
      sv: entry.notes.sv.trim(),
      en: entry.notes.en.trim(),
    });
    expect(flagged.notes).toEqual({});
    expect(copyOf('eurid').dpa.status).toBe('notNeeded');
  });

  it('does not share arrays with the library', () => {
    const vendor = copyOf('visma-e-conomic');
    vendor.processingLocations.push('US');
    expect(getVendorLibraryEntry('visma-e-conomic')?.processingLocations).toEqual(['IE', 'NL']);
  });
});

describe('diffVendorAgainstLibrary', () => {
  it('reports nothing for an unedited copy of any entry', () => {
    for (const entry of VENDOR_LIBRARY)
      expect(diffVendorAgainstLibrary(copyOf(entry.id)), entry.id).toEqual([]);
  });

  it('reports each edited field with both values', () => {
    const vendor = copyOf('teamviewer');
    vendor.legalEntity = 'TeamViewer SE';
    vendor.function = { ...vendor.function, sv: 'Fjärrhjälp' };
    vendor.role = 'processor';
    expect(diffVendorAgainstLibrary(vendor)).toEqual([
      { field: 'legalEntity', yours: 'TeamViewer SE', library: 'TeamViewer Germany GmbH' },
      {
        field: 'function.sv',
        yours: 'Fjärrhjälp',
        library: 'Fjärrsupport och fjärråtkomst till kundernas datorer',
      },
      { field: 'role', yours: 'processor', library: 'subProcessor' },
    ]);
  });

  it('treats a removed translation as a difference', () => {
    const vendor = copyOf('fortnox');
    delete vendor.function.en;
    expect(diffVendorAgainstLibrary(vendor).map((d) => d.field)).toEqual(['function.en']);
  });

  it('ignores the order of processing locations, but not their content', () => {
    const vendor = copyOf('visma-e-conomic');
    vendor.processingLocations = ['NL', 'IE'];
    expect(diffVendorAgainstLibrary(vendor)).toEqual([]);
    vendor.processingLocations = ['NL', 'IE', 'US'];
    vendor.transferMechanism = 'scc';
    expect(diffVendorAgainstLibrary(vendor).map((d) => d.field)).toEqual([
      'processingLocations',
      'transferMechanism',
    ]);
  });

  it('ignores whitespace and a trailing slash in the website', () => {
    const vendor = copyOf('hetzner');
    vendor.name = ' Hetzner ';
    vendor.website = 'https://www.hetzner.com/';
    expect(diffVendorAgainstLibrary(vendor)).toEqual([]);
  });

  it('reports nothing for a vendor that did not come from the library or whose entry is gone', () => {
    const own = { ...copyOf('zoom'), libraryRef: null, name: 'Our own Zoom' };
    expect(diffVendorAgainstLibrary(own)).toEqual([]);
    const orphan = { ...copyOf('zoom'), libraryRef: { id: 'retired-entry', version: 1 } };
    expect(diffVendorAgainstLibrary(orphan)).toEqual([]);
  });

  it('compares with the current library version without changing the user copy', () => {
    const vendor = copyOf('dropbox');
    const before = structuredClone(vendor);
    const entry = getVendorLibraryEntry('dropbox');
    if (!entry) throw new Error('dropbox missing');
    const updated: VendorLibraryEntry = { ...entry, libraryVersion: 2, transferMechanism: 'dpf' };
    const library = VENDOR_LIBRARY.map((candidate) => (candidate.id === 'dropbox' ? updated : candidate));
    expect(isLibraryUpdateAvailable(vendor, library)).toBe(true);
    expect(isLibraryUpdateAvailable(vendor)).toBe(false);
    expect(diffVendorAgainstLibrary(vendor, library)).toEqual([
      { field: 'transferMechanism', yours: 'unknown', library: 'dpf' },
    ]);
    expect(vendor).toEqual(before);
  });
});
