import type { Wording } from '../../model/primitives';
import { text } from '../vendorLibraryTypes';
import type { VendorLibraryEntry } from '../vendorLibraryTypes';
import { verified } from './common';

/** Why a domain registry is a recipient and not a (sub-)processor. */
const registryNote = (registry: string, domains: Wording): Wording =>
  text(
    `Ikke databehandler: ${registry} driver registret for ${domains.da} og bestemmer selv formål og midler for behandlingen af registrantens oplysninger (registrering, opslag i WHOIS/RDAP) efter sine egne vilkår og de regler, der gælder for registret. Når I registrerer et domæne for en kunde, videregiver I oplysninger til ${registry} som selvstændig dataansvarlig: angiv den som modtager, ikke som underdatabehandler, og der skal ikke indgås databehandleraftale.`,
    `Inte personuppgiftsbiträde: ${registry} driver registret för ${domains.sv} och bestämmer själv ändamål och medel för behandlingen av innehavarens uppgifter (registrering, uppslag i WHOIS/RDAP) enligt sina egna villkor och de regler som gäller för registret. När ni registrerar en domän åt en kund lämnar ni ut uppgifter till ${registry} som självständigt personuppgiftsansvarig: ange den som mottagare, inte som underbiträde, och inget personuppgiftsbiträdesavtal ska tecknas.`,
    `Not a processor: ${registry} runs the registry for ${domains.en} and decides itself the purposes and means of processing the registrant’s data (registration, WHOIS/RDAP look-ups) under its own terms and the rules that govern the registry. Registering a domain for a customer discloses data to ${registry} as an independent controller: list it as a recipient, not a sub-processor, and no DPA is signed with it.`,
  );

/** Parties users often list as sub-processors although they decide their own processing. */
export const INDEPENDENT_CONTROLLER_VENDORS: readonly VendorLibraryEntry[] = [
  {
    id: 'eurid',
    libraryVersion: 1,
    name: 'EURid',
    legalEntity: 'EURid',
    registrationNumber: '',
    function: text(
      'Register for .eu-domæner: modtager registrantens oplysninger, når et .eu-domæne registreres',
      'Register för .eu-domäner: tar emot innehavarens uppgifter när en .eu-domän registreras',
      'Registry for .eu domain names: receives the registrant’s data when a .eu domain is registered',
    ),
    category: 'registry',
    hqCountry: 'BE',
    processingLocations: ['BE'],
    role: 'independentController',
    transferMechanism: null,
    dpaUrl: '',
    website: 'https://eurid.eu',
    verification: verified(),
    notes: registryNote('EURid', text('.eu-domæner', '.eu-domäner', '.eu domain names')),
  },
  {
    id: 'internetstiftelsen',
    libraryVersion: 1,
    name: 'Internetstiftelsen (IIS)',
    legalEntity: 'Internetstiftelsen',
    registrationNumber: '',
    function: text(
      'Register for .se- og .nu-domæner: modtager registrantens oplysninger, når et domæne registreres',
      'Register för .se- och .nu-domäner: tar emot innehavarens uppgifter när en domän registreras',
      'Registry for .se and .nu domain names: receives the registrant’s data when a domain is registered',
    ),
    category: 'registry',
    hqCountry: 'SE',
    processingLocations: ['SE'],
    role: 'independentController',
    transferMechanism: null,
    dpaUrl: '',
    website: 'https://internetstiftelsen.se',
    verification: verified(),
    notes: registryNote(
      'Internetstiftelsen',
      text('.se- og .nu-domæner', '.se- och .nu-domäner', '.se and .nu domain names'),
    ),
  },
  {
    id: 'uc-ab',
    libraryVersion: 1,
    name: 'UC',
    legalEntity: 'UC AB',
    registrationNumber: '',
    function: text(
      'Kreditoplysninger om virksomheder og privatpersoner i Sverige',
      'Kreditupplysningar om företag och privatpersoner',
      'Credit reports on companies and individuals in Sweden',
    ),
    category: 'credit',
    hqCountry: 'SE',
    processingLocations: ['SE'],
    role: 'independentController',
    transferMechanism: null,
    dpaUrl: '',
    website: 'https://www.uc.se',
    verification: verified(),
    notes: text(
      'Ikke databehandler: UC er et kreditoplysningsbureau, der fører sit eget register og selv bestemmer, hvordan oplysningerne behandles, efter den svenske kreditoplysningslov (kreditupplysningslagen). Når I bestiller en kreditoplysning, er UC selvstændig dataansvarlig, og svaret bliver jeres egen behandling: angiv UC som kilde eller modtager, ikke som underdatabehandler, og der skal ikke indgås databehandleraftale.',
      'Inte personuppgiftsbiträde: UC är ett kreditupplysningsföretag som för sitt eget register och självt bestämmer hur uppgifterna behandlas, enligt kreditupplysningslagen. När ni beställer en kreditupplysning är UC självständigt personuppgiftsansvarigt och svaret blir er egen behandling: ange UC som källa eller mottagare, inte som underbiträde, och inget personuppgiftsbiträdesavtal ska tecknas.',
      'Not a processor: UC is a credit reference agency that keeps its own register and decides itself how the data is processed, under the Swedish Credit Information Act (kreditupplysningslagen). When you order a credit report, UC is an independent controller and the answer becomes your own processing: list UC as a source or recipient, not a sub-processor, and no DPA is signed with it.',
    ),
  },
];
