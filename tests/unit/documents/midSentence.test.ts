import { describe, expect, it } from 'vitest';
import { midSentence } from '../../../shared/documents/format';

describe('midSentence: a catalog phrase inside a sentence', () => {
  it('lowers the first letter of a common phrase', () => {
    expect(midSentence('Kontaktoplysninger')).toBe('kontaktoplysninger');
    expect(midSentence(' Personnummer (privatpersoner) ')).toBe('personnummer (privatpersoner)');
    expect(midSentence('Vores bank')).toBe('vores bank');
    expect(midSentence('Åbne sager')).toBe('åbne sager');
    // An acronym later in the phrase is no name.
    expect(midSentence('Delivering IT services')).toBe('delivering IT services');
    expect(midSentence('Andra källor, t.ex. UC AB')).toBe('andra källor, t.ex. UC AB');
  });

  it('keeps what reads as a name or an acronym', () => {
    expect(midSentence('IP-adresse og browser')).toBe('IP-adresse og browser');
    expect(midSentence('UC AB')).toBe('UC AB');
    expect(midSentence('Det Centrale Virksomhedsregister (CVR)')).toBe(
      'Det Centrale Virksomhedsregister (CVR)',
    );
    expect(midSentence('Danske Bank')).toBe('Danske Bank');
  });

  it('gives an English name its lower-case article', () => {
    expect(midSentence('The Danish business register (CVR)')).toBe('the Danish business register (CVR)');
  });

  it('leaves a phrase already in lower case, and an empty one, alone', () => {
    expect(midSentence('logfiler')).toBe('logfiler');
    expect(midSentence('')).toBe('');
  });
});
