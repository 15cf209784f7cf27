import { describe, expect, it } from 'vitest';
import { isValidCvr, isValidOrgNr, passesLuhn } from '../../../shared/validation/registrationNumbers';

/** Real numbers from the Danish and Swedish company registers, and near misses of them. */
describe('Danish CVR numbers (modulus 11, weights 2,7,6,5,4,3,2,1)', () => {
  it.each([
    ['29412006', 'Simply.com'],
    ['33239106', 'Billy'],
    ['36936894', 'ITGuy'],
    ['29 41 20 06', 'in groups of two'],
    ['DK29412006', 'in VAT form'],
  ])('accepts %s (%s)', (value) => {
    expect(isValidCvr(value)).toBe(true);
  });

  it.each([
    ['12AB', 'letters'],
    ['29412007', 'check digit off by one'],
    ['33239105', 'check digit off by one'],
    ['29412060', 'two digits swapped'],
    ['2941200', 'seven digits'],
    ['294120066', 'nine digits'],
    ['12345678', 'eight digits that fail the check'],
    ['00000000', 'a leading zero'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (value) => {
    expect(isValidCvr(value)).toBe(false);
  });
});

describe('Swedish organisationsnummer (Luhn)', () => {
  it.each([
    ['556469-6291', 'Fortnox'],
    ['559205-2400', 'One.com'],
    ['5564696291', 'without hyphen'],
    ['16556469-6291', '12 digits with the legal-person prefix 16'],
    ['165564696291', '12 digits without hyphen'],
    ['19811218-9876', "a sole trader's personnummer with its century"],
  ])('accepts %s (%s)', (value) => {
    expect(isValidOrgNr(value)).toBe(true);
  });

  it.each([
    ['12AB', 'letters'],
    ['556469-6292', 'check digit off by one'],
    ['559205-2401', 'check digit off by one'],
    ['556469-629', 'too short'],
    ['55646-96291', 'hyphen in the wrong place'],
    ['19556469-6291', 'a legal person with a personnummer century'],
    ['16811218-9876', 'a personnummer with the legal-person prefix'],
    ['17556469-6291', 'an unknown prefix'],
  ])('refuses %s (%s)', (value) => {
    expect(isValidOrgNr(value)).toBe(false);
  });

  it('doubles every second digit from the right, skipping the check digit', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });
});
