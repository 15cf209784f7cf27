import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../../shared/model/organisation';
import {
  authorityContactLines,
  authorityForJurisdiction,
  findOutdatedAuthorityMarkers,
  hasUnverifiedContactDetails,
  OUTDATED_AUTHORITY_MARKERS,
  SUPERVISORY_AUTHORITIES,
} from '../../../shared/catalog/authorities';
import {
  OutdatedAuthorityMarkerSchema,
  SupervisoryAuthoritySchema,
} from '../../../shared/catalog/legalCatalogTypes';

describe('supervisory authorities', () => {
  it('has a valid authority for every jurisdiction except "other"', () => {
    for (const j of JURISDICTIONS) {
      const authority = authorityForJurisdiction(j);
      if (j === 'other') {
        expect(authority).toBeNull();
      } else {
        expect(authority?.jurisdiction).toBe(j);
        expect(() => SupervisoryAuthoritySchema.parse(authority)).not.toThrow();
      }
    }
    expect(SUPERVISORY_AUTHORITIES.map((a) => a.jurisdiction)).toEqual(['DK', 'SE', 'NO', 'FI']);
  });

  it('gives Datatilsynet (DK) its current address and contact details', () => {
    const dk = authorityForJurisdiction('DK');
    expect(dk?.name.da).toBe('Datatilsynet');
    expect(dk?.address.lines).toEqual(['Carl Jacobsens Vej 35', '2500 Valby']);
    expect(dk?.phone).toEqual({ value: '+45 33 19 32 00', international: '+45 33 19 32 00', verified: true });
    expect(dk?.email?.value).toBe('dt@datatilsynet.dk');
    expect(dk?.website?.value).toBe('www.datatilsynet.dk');
    expect(hasUnverifiedContactDetails(dk!)).toBe(false);
  });

  it('names the Swedish authority IMY and flags its secondary-source phone and e-mail', () => {
    const se = authorityForJurisdiction('SE')!;
    expect(se.name.sv).toBe('Integritetsskyddsmyndigheten (IMY)');
    expect(se.name.da).toBe('Integritetsskyddsmyndigheten (IMY)');
    expect(se.name.en).toContain('IMY');
    expect(se.address.lines).toEqual(['Box 8114', '104 20 Stockholm']);
    expect(se.address.verified).toBe(true);
    expect(se.phone).toMatchObject({
      value: '08-657 61 00',
      international: '+46 8 657 61 00',
      verified: false,
    });
    expect(se.email).toEqual({ value: 'imy@imy.se', verified: false });
    expect(se.website?.verified).toBe(true);
    expect(hasUnverifiedContactDetails(se)).toBe(true);
  });

  it('leaves out what the reference does not give (Norway: no phone or e-mail; Finland: no website)', () => {
    const no = authorityForJurisdiction('NO')!;
    expect(no.phone).toBeUndefined();
    expect(no.email).toBeUndefined();
    expect(no.address.lines).toEqual(['Postboks 458 Sentrum', '0105 Oslo']);
    const fi = authorityForJurisdiction('FI')!;
    expect(fi.website).toBeUndefined();
    expect(fi.phone?.international).toBe('+358 29 566 6700');
    expect(fi.email?.value).toBe('tietosuoja@om.fi');
  });

  it('gives the Finnish authority both its Finnish and its Swedish name in every language', () => {
    const fi = authorityForJurisdiction('FI')!;
    for (const name of Object.values(fi.name)) {
      expect(name).toContain('Tietosuojavaltuutetun toimisto');
      expect(name).toContain('Dataombudsmannens byrå');
    }
  });

  it('writes contact lines with verified details only, unless asked', () => {
    const se = authorityForJurisdiction('SE')!;
    expect(authorityContactLines(se, 'sv')).toEqual([
      'Integritetsskyddsmyndigheten (IMY)',
      'Box 8114',
      '104 20 Stockholm',
      'Sverige',
      'www.imy.se',
    ]);
    expect(authorityContactLines(se, 'en', { includeUnverified: true })).toEqual([
      'Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)',
      'Box 8114',
      '104 20 Stockholm',
      'Sweden',
      '+46 8 657 61 00',
      'imy@imy.se',
      'www.imy.se',
    ]);
    expect(authorityContactLines(authorityForJurisdiction('DK')!, 'da')).toEqual([
      'Datatilsynet',
      'Carl Jacobsens Vej 35',
      '2500 Valby',
      'Danmark',
      '+45 33 19 32 00',
      'dt@datatilsynet.dk',
      'www.datatilsynet.dk',
    ]);
  });
});

describe('outdated authority markers', () => {
  it('are valid and cover the renamed Swedish authority and the old Danish address', () => {
    for (const marker of OUTDATED_AUTHORITY_MARKERS) {
      expect(() => OutdatedAuthorityMarkerSchema.parse(marker)).not.toThrow();
    }
    expect(OUTDATED_AUTHORITY_MARKERS.map((m) => m.marker)).toEqual(['Datainspektionen', 'Borgergade 28']);
  });

  it('find the markers in a text, case-insensitively, and offer the current details', () => {
    const found = findOutdatedAuthorityMarkers(
      'Du kan klaga till DATAINSPEKTIONEN. Datatilsynet, Borgergade 28, 5., 1300 København K.',
    );
    expect(found.map((m) => m.marker)).toEqual(['Datainspektionen', 'Borgergade 28']);
    expect(found[0]?.replacement.sv).toBe('Integritetsskyddsmyndigheten (IMY)');
    expect(found[1]?.replacement.da).toBe('Carl Jacobsens Vej 35, 2500 Valby');
  });

  it('find nothing in a current text', () => {
    expect(
      findOutdatedAuthorityMarkers(
        'Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm; Carl Jacobsens Vej 35',
      ),
    ).toEqual([]);
  });
});
