import { describe, expect, it } from 'vitest';
import { infersConsentFromUse } from '../../../shared/checks/heuristics';

describe('consent inferred from using the site, in any wording (§8)', () => {
  it.each([
    'Ved at bruge hjemmesiden accepterer du vores brug af cookies.',
    'Når du gør brug af siden, giver du samtykke til cookies.',
    'Du accepterer cookies ved at bruge sitet.',
    'Hvis du benytter vores services efter ændringerne, antager vi, at du har accepteret ændringerne.',
    'Genom att använda webbplatsen godkänner du att vi använder cookies.',
    'Om du fortsätter att använda tjänsterna efter en ändring godkänner du den.',
    'By using this site you agree to our use of cookies.',
    'By continuing to browse, you consent to cookies.',
  ])('catches %s', (text) => {
    expect(infersConsentFromUse(text)).toBe(true);
  });

  it.each([
    'Vi beskytter dine data ved at bruge kryptering.',
    'Genom att använda kryptering skyddar vi dina uppgifter.',
    'Vi ber om ditt samtycke innan vi sätter cookies.',
    'We ask for your consent before setting cookies; you can withdraw it at any time.',
  ])('leaves %s alone', (text) => {
    expect(infersConsentFromUse(text)).toBe(false);
  });
});
