import { describe, expect, it } from 'vitest';
import { calendarDate, countryName, formatDate } from '../../../shared/i18n/format';

describe('dates and countries in each language', () => {
  it('writes a date the way each language writes it', () => {
    expect(formatDate('2025-05-02', 'da')).toBe('2. maj 2025');
    expect(formatDate('2025-05-02', 'sv')).toBe('2 maj 2025');
    expect(formatDate('2025-05-02', 'en')).toBe('2 May 2025');
  });

  it('writes a timestamp as its local calendar day', () => {
    const at = new Date(2026, 10, 22, 23, 30).toISOString();
    expect(formatDate(at, 'en')).toBe('22 November 2026');
    expect(calendarDate(at)).toBe('2026-11-22');
  });

  it('leaves what is not a date as it is, and nothing as nothing', () => {
    expect(formatDate('', 'da')).toBe('');
    expect(formatDate('snart', 'da')).toBe('snart');
  });

  it('names a country in the language; no code gives no name', () => {
    expect(countryName('NL', 'sv')).toBe('Nederländerna');
    expect(countryName('NL', 'en')).toBe('Netherlands');
    expect(countryName('', 'en')).toBe('');
  });
});
