import { describe, expect, it } from 'vitest';
import {
  checkColour,
  checkCountry,
  checkCvr,
  checkDate,
  checkEmail,
  checkOrgNr,
  checkPhone,
  checkRegistrationNumber,
  checkUrl,
} from '../../../shared/validation/fieldFormats';
import { typedDateRange, withinNameLimit } from '../../../shared/model';

describe('field formats', () => {
  it.each([
    [checkEmail, 'privacy@itguy.dk', 'privacy@', 'email'],
    [checkUrl, 'https://itguy.dk', 'javascript:alert(1)', 'url'],
    [checkUrl, 'http://example.com/x', 'itguy.dk', 'url'],
    [checkCvr, '29 41 20 06', '1234567', 'cvr'],
    [checkOrgNr, '556469-6291', '556469-629', 'orgNr'],
    [checkCountry, 'DK', 'XX', 'country'],
    [checkDate, '2024-02-29', '2023-02-29', 'date'],
    [checkColour, '#1864ab', 'blue', 'colour'],
    [checkPhone, '+45 33 19 32 00', 'call me', 'phone'],
  ])('%o accepts a good value and names the problem of a bad one', (check, good, bad, code) => {
    expect(check(good)).toBeNull();
    expect(check(bad)).toBe(code);
    expect(check('')).toBeNull();
  });

  it('checks the registration number by jurisdiction', () => {
    expect(checkRegistrationNumber('29412006', 'DK')).toBeNull();
    expect(checkRegistrationNumber('556469-6291', 'DK')).toBe('cvr');
    expect(checkRegistrationNumber('556469-6291', 'SE')).toBeNull();
    expect(checkRegistrationNumber('12345678', 'SE')).toBe('orgNr');
    expect(checkRegistrationNumber('anything', 'other')).toBeNull();
    expect(checkRegistrationNumber('NO 123 456 789', 'NO')).toBeNull();
  });

  it('takes dates from 1990 to ten years after the given day (29 February to the 28th)', () => {
    const range = typedDateRange('2028-02-29');
    expect(range).toEqual({ earliest: '1990-01-01', latest: '2038-02-28' });
    expect(checkDate('1990-01-01', range)).toBeNull();
    expect(checkDate('2038-02-28', range)).toBeNull();
    expect(checkDate('1989-12-31', range)).toBe('dateRange');
    expect(checkDate('2038-03-01', range)).toBe('dateRange');
    expect(checkDate('9999-12-31', range)).toBe('dateRange');
    expect(checkDate('2030-02-30', range)).toBe('date');
    expect(checkDate('', range)).toBeNull();
  });
});

describe('names Kartotek makes', () => {
  it('are cut to the name limit with an ellipsis, and left alone within it', () => {
    expect(withinNameLimit('Kopi af Løn')).toBe('Kopi af Løn');
    const copy = withinNameLimit(`Kopi af ${'x'.repeat(200)}`);
    expect(copy).toHaveLength(200);
    expect(copy.endsWith('x…')).toBe(true);
    expect(withinNameLimit('y'.repeat(200))).toBe('y'.repeat(200));
  });
});
