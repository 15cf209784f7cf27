import type { PolicyTexts } from './policyTexts';

const at = (contact: string): string => (contact ? `at ${contact}` : 'using the contact details at the top');

/** English: the GDPR's terms, written to the reader ("you"), in the citation form "Article 6(1)(f) GDPR". */
export const POLICY_EN: PolicyTexts = {
  defaultTitle: 'Privacy policy',
  audience: (name) => `For: ${name}`,
  effective: (date, version) => (date ? `Effective from ${date} · Version ${version}` : `Version ${version}`),

  briefHeading: 'In brief',
  controller: (organisation, details) =>
    `${organisation}${details ? ` (${details})` : ''} is the controller of your personal data.`,
  reachUs: (contact) => `You can reach us at ${contact}.`,
  dpo: (person) => `Our data protection officer is ${person}.`,
  privacyContact: (person) => `You can ask ${person} about your personal data.`,
  noDpo: 'We have not appointed a data protection officer.',
  representative: (person) => `Our representative in the EU is ${person}.`,
  purposesLead: 'We use your data for:',
  processorsBrief: (count) =>
    count === 1
      ? 'One supplier processes data for us as our processor.'
      : `${count} suppliers process data for us as our processors.`,
  othersBrief: (names) => `We disclose data to ${names}.`,
  transfersBrief: (countries) => `Some data is transferred to countries outside the EU/EEA: ${countries}.`,
  rightsBrief: (portability) =>
    `You have the right to access the data we hold about you and to have it corrected or erased or its processing restricted${
      portability ? ', and you can receive the data you gave us in a machine-readable format' : ''
    } (Articles 15–18${portability ? ' and 20' : ''}).`,
  withdrawBrief:
    'Where you have given consent, you can withdraw it at any time; this does not affect the processing that took place before you withdrew it (Article 7(3)).',
  automatedBrief:
    'Where a decision is made solely by automated means, you can ask for a person to review it, express your point of view and contest the decision (Article 22).',
  exerciseBrief: (contact) => `To use your rights, write to us ${at(contact)}.`,
  objectionLead: 'Right to object. ',
  objectionBrief: (legitimateInterest, marketing) =>
    [
      legitimateInterest
        ? 'You can object at any time, on grounds relating to your particular situation, to the processing we base on our legitimate interests (Article 21(1)).'
        : '',
      marketing
        ? 'You can always say no to our use of your data for direct marketing; we then stop (Article 21(2) and (3)).'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  complaintBrief: (authority) =>
    authority
      ? `If you are unhappy with how we process your data, you can complain to the ${authority}.`
      : 'If you are unhappy with how we process your data, you can complain to a supervisory authority.',

  detailsHeading: 'How we use your data',
  dataSentence: (list) => `We process ${list}.`,
  sameDataAs: (activity) => `We process the same data as for ${activity}.`,
  sameSourcesAs: (activity) => `The data comes from the same sources as for ${activity}.`,
  sourcesSentence: (names, alsoYou) =>
    alsoYou ? `We get the data from you and from ${names}.` : `We get the data from ${names}.`,
  jointSentence: (names) => `We are joint controllers of this processing with ${names}.`,
  jointArrangement: (text) => `The essence of our arrangement: ${text}`,
  automatedText:
    'Here we make decisions based solely on automated processing, including profiling, which produce legal effects concerning you or similarly significantly affect you.',
  automatedLogic: (text) => `How it works: ${text}`,
  automatedSignificance: (text) => `What it means for you: ${text}`,
  automatedNotUsed:
    'We do not make decisions about you based solely on automated processing, including profiling, which produce legal effects concerning you or similarly significantly affect you (Article 22).',
  automatedNotUsedOther:
    'Apart from the decisions described above, we do not make decisions about you based solely on automated processing, including profiling.',
  noActivities: 'No processing activities are recorded for this privacy policy.',

  basesHeading: 'Why we may process the data',
  art6Names: {
    a: 'Your consent',
    b: 'A contract with you, or one you asked us to enter into',
    c: 'A legal obligation',
    d: 'Vital interests',
    e: 'A task in the public interest or official authority',
    f: 'Our legitimate interests',
  },

  recipientsHeading: 'Who receives the data',
  vendorsIntro: 'These processors handle personal data on our behalf and only on our instructions.',
  vendorsDpa: 'We have data processing agreements with all of them.',
  vendorColumns: { vendor: 'Supplier', function: 'Task', country: 'Where', usedFor: 'For' },
  allActivities: 'All activities',
  othersIntro: 'We also disclose data to:',
  onlyFor: 'for',
  transfersHeading: 'Transfers outside the EU/EEA',
  transfersIntro: 'The transfers to countries outside the EU/EEA (third countries) rest on these grounds:',
  transferLine: (party, country) => `${party} – ${country}`,
  mechanismText: {
    adequacy:
      'A decision of the European Commission that the country ensures an adequate level of protection (adequacy decision), Article 45 GDPR',
    dpf: 'The European Commission’s adequacy decision on the EU-U.S. Data Privacy Framework for certified recipients, Article 45 GDPR',
    scc: 'The European Commission’s standard contractual clauses (SCC), Article 46(2)(c) GDPR',
    bcr: 'Binding corporate rules (BCR) approved by a supervisory authority, Article 47 GDPR',
    art49: 'A derogation for specific situations under Article 49 GDPR',
    unknown: 'The basis for the transfer is being clarified',
  },
  safeguardsCopy: (contact) => `You can get a copy of the safeguards by contacting us ${at(contact)}.`,

  retentionHeading: 'How long we keep the data',
  retentionFrom: (event) => `The period runs from ${event}.`,
  retentionBasis: (basis) => `The period is based on ${basis}.`,

  requirementHeading: 'Do you have to give us the data?',
  requirement: {
    statutory: 'The law requires us to collect the data.',
    contractual: 'Our contract with you requires you to give us the data.',
    contractPrerequisite: 'We need the data to enter into a contract with you.',
    voluntary: 'You are not obliged to give us the data.',
  },
  consequenceSentence: (consequence) => `If you do not give it to us: ${consequence}`,

  securityHeading: 'How we protect your data',
  securityIntro: 'We protect your data with, among other things:',

  rightsHeading: 'Your rights and complaints',
  rightsLimits: 'We do not, however, erase data that a law requires us to keep.',
  exerciseRights: (contact) =>
    `You use your rights by contacting us ${at(contact)}. We reply without undue delay and at the latest one month after your request. If it is complex or we receive many, we can extend the period by two further months; we then tell you so, and why, within the first month (Article 12(3)).`,
  complaintText: (authority) => `How to reach the ${authority} (Article 77 GDPR):`,
  complaintOther:
    'You can lodge a complaint with a supervisory authority, in particular in the EU/EEA country where you live, where you work or where the alleged infringement took place (Article 77).',
  complaintElsewhere:
    'You can also complain to the supervisory authority in the EU/EEA country where you live or work, or where the alleged infringement took place.',

  cookiesHeading: 'Cookies',
  childrenHeading: 'Children',
  changesHeading: 'Changes to this privacy policy',
  changesSince: (version, date) =>
    `Changes since the previous version (${version ? `version ${version} of ` : ''}${date}):`,
  processorHeading: 'When we process data on behalf of our customers',
  processorText: (activities) =>
    `For ${activities} we act as a processor for our customers: the customer is the controller, and we follow the customer’s instructions. Questions about that processing go to the customer.`,
  processorDpa: 'The processing is governed by a data processing agreement with each customer.',
};
