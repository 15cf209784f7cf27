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
});
