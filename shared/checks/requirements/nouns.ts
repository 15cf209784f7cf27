import { wording as w } from '../../model/primitives';

/**
 * What a requirement asks for when that is more than one field's noun (the model's vocabulary names single
 * fields: fieldWording('activity.retention')). The tail of "Aktiviteten »X«: adresse (vej, postnummer og by)".
 */
export const NOUNS = {
  address: w('adresse (vej, postnummer og by)', 'adress (gatuadress, postnummer och ort)', 'address (street, postcode and city)'),
  contact: w('e-mail eller telefon', 'e-post eller telefon', 'e-mail or phone'),
  purposeDescription: w('beskrivelse af formålet', 'beskrivning av ändamålet', 'description of the purpose'),
  legalBasis: w('behandlingsgrundlag for formålet', 'rättslig grund för ändamålet', 'legal basis for the purpose'),
  audience: w('politik (målgruppe) eller »kun intern«', 'policy (målgrupp) eller ”endast intern”', 'policy audience or “internal only”'),
  review: w('dato for gennemgang', 'datum för granskning', 'review date'),
  dpaStatus: w('status for databehandleraftale', 'status för personuppgiftsbiträdesavtal', 'status of the data processing agreement'),
  dpa: w('underskrevet databehandleraftale', 'undertecknat personuppgiftsbiträdesavtal', 'signed data processing agreement'),
  empty: w('intet registreret endnu', 'inget registrerat ännu', 'nothing registered yet'),
  automatedLogic: w('meningsfulde oplysninger om logikken bag afgørelserne', 'meningsfull information om logiken bakom besluten', 'meaningful information about the logic involved'),
  automatedSignificance: w('afgørelsernes betydning og forventede konsekvenser for den registrerede', 'beslutens betydelse och förutsedda följder för den registrerade', 'the significance and envisaged consequences for the data subject'),
} as const; // prettier-ignore
