import type { Wording } from '../../model/primitives';
import { text } from '../vendorLibraryTypes';
import type { VendorLibraryVerification } from '../vendorLibraryTypes';

/** The date the team reference's vendor facts were last checked; only used for facts it gives. */
const REFERENCE_DATE = '2026-11-22';

const REFERENCE = 'Kartotek team reference, 2026';

/** Facts given by the team reference without a "verify" mark. */
export const verified = (): VendorLibraryVerification => ({
  date: REFERENCE_DATE,
  source: REFERENCE,
  status: 'verified',
});

/** The reference gives facts but marks some of them "verify". */
export const markedVerify = (what: string): VendorLibraryVerification => ({
  date: '',
  source: `${REFERENCE}: ${what} marked "verify"`,
  status: 'checkBeforeUse',
});

/** The reference gives only a region (EU/EEA): the countries entered are the contracting entity's seat. */
export const regionOnly = (): VendorLibraryVerification => ({
  date: '',
  source: `${REFERENCE}: gives the region (EU/EEA), not the countries`,
  status: 'checkBeforeUse',
});

/** The reference lists the vendor as unverified (no source found). */
export const listedUnverified = (): VendorLibraryVerification => ({
  date: '',
  source: `${REFERENCE}: listed as unverified (no source found)`,
  status: 'checkBeforeUse',
});

/** The reference does not mention the vendor at all. */
export const notInReference = (): VendorLibraryVerification => ({
  date: '',
  source: `Not covered by the ${REFERENCE}`,
  status: 'checkBeforeUse',
});

/** For a verified entry whose source only says "EU" / "EEA" without naming countries. */
export const EU_REGION_ONLY: Wording = text(
  'Ifølge referencen sker behandlingen i EU/EØS, men landene er ikke angivet: tilføj datacenterlandene fra leverandørens liste over underdatabehandlere.',
  'Enligt referensen sker behandlingen inom EU/EES, men länderna anges inte: lägg till datacenterländerna från leverantörens förteckning över underbiträden.',
  'According to the reference, processing takes place in the EU/EEA, but the countries are not named: add the data-centre countries from the vendor’s sub-processor list.',
);

/**
 * For a vendor the reference does not cover, headquartered in the US: the US is listed because
 * group or support access from there is likely, and the mechanism stays "unknown" until checked.
 */
export const usVendorCheck = (name: string): Wording =>
  text(
    `${name} er ikke verificeret i Kartoteks reference. Tjek den juridiske enhed, I har aftale med, hvilken datacenterregion jeres konto bruger, og overførselsgrundlaget i den gældende databehandleraftale (DPF-certificering eller standardkontraktbestemmelser). Overførselsgrundlaget står som "ukendt", indtil det er tjekket.`,
    `${name} är inte verifierad i Kartoteks referens. Kontrollera vilken juridisk person ni har avtal med, vilken datacenterregion ert konto använder och överföringsmekanismen i det gällande personuppgiftsbiträdesavtalet (DPF-certifiering eller standardavtalsklausuler). Mekanismen står som "okänd" tills den är kontrollerad.`,
    `${name} is not verified in the Kartotek reference. Check which legal entity you contract with, which data-centre region your account uses, and the transfer mechanism in the current DPA (DPF certification or standard contractual clauses). The mechanism is "unknown" until checked.`,
  );

/** For vendors whose old pages still cite the EU-US arrangement struck down in July 2020. */
export const OUTDATED_FRAMEWORK_WARNING: Wording = text(
  'Ældre sider fra leverandøren henviser stadig til den EU-US-ordning, som EU-Domstolen underkendte i juli 2020 (Schrems II); den er intet gyldigt grundlag.',
  'Äldre sidor från leverantören hänvisar fortfarande till den EU-US-ordning som EU-domstolen ogiltigförklarade i juli 2020 (Schrems II); den är ingen giltig grund.',
  'Older vendor pages still cite the EU-US arrangement that the EU Court of Justice struck down in July 2020 (Schrems II); it is no valid basis.',
);

/** For a vendor the reference lists as unverified and whose locations are unknown. */
export const unknownVendorCheck = (name: string): Wording =>
  text(
    `${name} er ikke verificeret (ingen kilde fundet). Tjek den juridiske enhed og dens registreringsnummer, hvor data behandles, og om der findes en databehandleraftale. Ligger et behandlingssted uden for EU/EØS, skal landet og overførselsgrundlaget tilføjes.`,
    `${name} är inte verifierad (ingen källa hittad). Kontrollera juridisk person och dess registreringsnummer, var uppgifterna behandlas och om det finns ett personuppgiftsbiträdesavtal. Ligger någon behandlingsplats utanför EU/EES ska landet och överföringsmekanismen läggas till.`,
    `${name} is not verified (no source found). Check the legal entity and its registration number, where data is processed, and whether a DPA exists. If any processing location lies outside the EU/EEA, add the country and the transfer mechanism.`,
  );

/** Joins note parts per language with a space. */
export const joinNotes = (...parts: Wording[]): Wording =>
  text(parts.map((p) => p.da).join(' '), parts.map((p) => p.sv).join(' '), parts.map((p) => p.en).join(' '));
