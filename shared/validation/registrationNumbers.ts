/**
 * Nordic company registration numbers and their check digits. A number that fails its check digit is
 * almost always a typing mistake, and a policy that prints it names a company that does not exist.
 */

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * A Danish CVR number: eight digits, the first not 0, whose weighted sum (2,7,6,5,4,3,2,1) is divisible
 * by 11. Spaces are allowed for readability, and the "DK" prefix of the VAT form (DK29412006).
 */
export function isValidCvr(value: string): boolean {
  const digits = value.replace(/\s/g, '').replace(/^dk-?/i, '');
  if (!/^[1-9]\d{7}$/.test(digits)) return false;
  const sum = CVR_WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return sum % 11 === 0;
}

/** The Luhn (modulus-10) check over a string of digits, the last being the check digit. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Doubling starts at the digit before the check digit and goes every second one leftwards.
    const double = (digits.length - i) % 2 === 0;
    const d = Number(digits[i]) * (double ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return sum % 10 === 0;
}

/**
 * A Swedish organisationsnummer: NNNNNN-NNNN (the hyphen may be left out) with a Luhn check digit. The
 * 12-digit form is accepted with the century prefix the Swedish registers give it: 16 for a legal person
 * (whose third digit is 2 or more), and 19 or 20 for a sole trader, whose number is the personnummer
 * (third digit 0 or 1, a month). A 12-digit form that mixes the two is refused: it is a typing mistake.
 */
export function isValidOrgNr(value: string): boolean {
  const [, century, number] = /^(16|19|20)?(\d{6}-?\d{4})$/.exec(value.replace(/\s/g, '')) ?? [];
  if (number === undefined) return false;
  const digits = number.replace('-', '');
  if (century !== undefined) {
    const legalPerson = Number(digits[2]) >= 2;
    if ((century === '16') !== legalPerson) return false;
  }
  return passesLuhn(digits);
}
