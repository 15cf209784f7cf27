import { capitalise } from '../../model/localizedText';
import { fieldLabel, REGISTRATION_NUMBER_NAMES } from '../../model/vocabulary';
import type { DocumentTexts } from './types';

const at = (contact: string): string => (contact ? `at ${contact}` : 'using the contact details above');

/** English: the terms of the English text of the GDPR (British spelling, as in the Regulation). */
export const EN: DocumentTexts = {
  common: {
    language: 'en',
    notStated: 'Not stated',
    none: 'None',
    yes: 'Yes',
    and: 'and',
    version: 'Version',
    date: 'Date',
    pageOf: ['Page ', ' of ', ''],
    articleRef: (article, paragraph, letter) =>
      `Art. ${article}${paragraph ? `(${paragraph})` : ''}${letter ? `(${letter})` : ''}`,
    period: (amount, unit) => {
      const words = { days: ['day', 'days'], months: ['month', 'months'], years: ['year', 'years'] } as const;
      return `${amount} ${words[unit][amount === 1 ? 0 : 1]}`;
    },
    citeBasis: (name, citation) => `${name} (${citation})`,
    registrationNumber: (jurisdiction) => capitalise(REGISTRATION_NUMBER_NAMES[jurisdiction].en),
    locationNotStated: 'Not stated',
    onlyEuEea: 'Not applicable (EU/EEA only)',
    organisationFallback: 'The company',
  },
  contact: {
    name: fieldLabel('privacyContact.name', 'en'),
    address: 'Address',
    phone: fieldLabel('organisation.phone', 'en'),
    email: fieldLabel('organisation.email', 'en'),
    website: fieldLabel('organisation.website', 'en'),
    privacyEmail: fieldLabel('organisation.privacyEmail', 'en'),
  },
  register: {
    title: 'Record of processing activities',
    coverBasis: 'Record kept under Article 30 GDPR',
    toc: 'Contents',
    partController: '1 The controller',
    partOverview: '2 Overview of processing activities',
    partActivities: '3 Processing activities as controller',
    partProcessor: '4 Processing as processor',
    annexVendors: 'Annex A: Vendors',
    annexSecurity: 'Annex B: Technical and organisational security measures',
    about: (organisation, authority) =>
      `This record describes the processing activities for which ${organisation} is the controller, as required by Article 30(1) GDPR, and, in section 4, the processing it carries out as a processor on behalf of its customers, as required by Article 30(2). The record is kept in electronic form and is made available to ${authority ?? 'the supervisory authority'} on request (Article 30(3) and (4)).`,
    controller: {
      dpo: { label: 'Data protection officer (DPO)', ref: [37] },
      contactPerson: { label: 'Data protection contact' },
      noDpo: 'No data protection officer has been designated.',
      representative: { label: fieldLabel('representative', 'en'), ref: [27] },
      jointControllers: { label: fieldLabel('jointController', 'en', 'plural'), ref: [26] },
      supervisoryAuthority: { label: 'Supervisory authority' },
    },
    activity: {
      description: { label: fieldLabel('activity.description', 'en') },
      role: { label: fieldLabel('activity.role', 'en') },
      jointWith: { label: 'Joint controller with', ref: [26] },
      purposes: { label: 'Purposes and legal basis', ref: [30, 1, 'b'] },
      dataSubjects: { label: fieldLabel('activity.dataSubjectIds', 'en'), ref: [30, 1, 'c'] },
      dataCategories: { label: fieldLabel('activity.dataCategoryIds', 'en'), ref: [30, 1, 'c'] },
      matrix: { label: 'Which data about whom', ref: [30, 1, 'c'] },
      sources: { label: 'Where the data comes from', ref: [14, 2, 'f'] },
      recipients: { label: 'Categories of recipients', ref: [30, 1, 'd'] },
      vendors: { label: 'Processors and other vendors', ref: [30, 1, 'd'] },
      transfers: { label: 'Transfers to third countries', ref: [30, 1, 'e'] },
      retention: { label: 'Time limits for erasure', ref: [30, 1, 'f'] },
      security: { label: 'Technical and organisational security measures', ref: [30, 1, 'g'] },
      requirement: { label: fieldLabel('activity.requirement', 'en'), ref: [13, 2, 'e'] },
      automated: { label: 'Automated decision-making, including profiling', ref: [22] },
      dpia: { label: fieldLabel('activity.dpia', 'en'), ref: [35] },
      owner: { label: fieldLabel('activity.owner', 'en') },
      status: { label: fieldLabel('activity.status', 'en') },
      audiences: { label: 'Included in privacy policy' },
      review: { label: 'Review' },
      legitimateInterest: fieldLabel('activity.purposes.legalBases.legitimateInterest', 'en'),
      note: fieldLabel('activity.purposes.legalBases.note', 'en'),
      noBasis: 'No legal basis stated',
      noTransfers: 'No transfers to third countries',
      safeguardsCopy: fieldLabel('activity.manualTransfers.safeguardsCopy', 'en'),
      retentionPeriod: fieldLabel('activity.retention.period', 'en'),
      retentionFrom: fieldLabel('activity.retention.startEvent', 'en'),
      retentionBasis: fieldLabel('activity.retention.basis', 'en'),
      consequence: fieldLabel('activity.requirement.consequence', 'en'),
      automatedNotUsed: 'Not used',
      automatedLogic: fieldLabel('activity.automatedDecisions.logic', 'en'),
      automatedSignificance: fieldLabel('activity.automatedDecisions.significance', 'en'),
      dpiaReason: fieldLabel('activity.dpia.reason', 'en'),
      dpiaDate: fieldLabel('activity.dpia.date', 'en'),
      internalOnly: 'Internal only – not part of any privacy policy',
      lastReviewed: fieldLabel('activity.lastReviewed', 'en'),
      nextReview: fieldLabel('activity.nextReview', 'en'),
      lastChanged: 'Last changed',
      matrixCorner: 'Personal data',
      unnamed: 'Unnamed processing activity',
    },
    overview: {
      intro:
        'The table gives an overview of the processing activities. The full details are in sections 3 and 4.',
      processorBases: 'Determined by the controller (the customer)',
      columns: {
        activity: fieldLabel('activity', 'en'),
        role: fieldLabel('activity.role', 'en'),
        purposes: fieldLabel('activity.purposes', 'en'),
        bases: fieldLabel('activity.purposes.legalBases', 'en'),
        subjects: fieldLabel('dataSubject', 'en', 'short'),
        data: fieldLabel('dataCategory', 'en', 'short'),
        recipients: 'Recipients and vendors',
        transfers: 'Third countries',
        retention: fieldLabel('activity.retention', 'en'),
        owner: 'Owner and status',
      },
    },
    noActivities: 'The record holds no processing activities for which the company is the controller.',
    processor: {
      intro: (organisation) =>
        `${organisation} processes personal data on behalf of the customers (controllers) listed below. This section is the record required by Article 30(2) GDPR.`,
      identity:
        "The processor's name and contact details, and those of its data protection officer and representative, are given in section 1.",
      none: 'The record holds no processing that the company carries out as a processor for others.',
      customer: { label: 'Controller (customer)', ref: [30, 2, 'a'] },
      dpaReference: { label: 'Data processing agreement', ref: [28, 3] },
      categories: { label: 'Categories of processing', ref: [30, 2, 'b'] },
      dataInvolved: { label: 'Data subjects and personal data' },
      subProcessors: { label: 'Sub-processors', ref: [28, 2] },
      transfers: { label: 'Transfers to third countries', ref: [30, 2, 'c'] },
      security: { label: 'Technical and organisational security measures', ref: [30, 2, 'd'] },
      customerNotStated: 'Customer not stated',
    },
    annex: {
      vendorsIntro:
        'Vendors that process personal data on the company’s behalf (processors and sub-processors), and companies that receive personal data as independent controllers.',
      securityIntro: 'The technical and organisational security measures taken under Article 32 GDPR.',
      noVendors: 'No vendors are recorded.',
      noMeasures: 'No security measures are recorded.',
      measure: fieldLabel('securityMeasure', 'en', 'short'),
      kind: fieldLabel('securityMeasure.kind', 'en'),
      description: 'Description',
      usedIn: 'Used for',
    },
  },
  vendorTable: {
    vendor: fieldLabel('vendor', 'en'),
    entity: fieldLabel('vendor.legalEntity', 'en'),
    role: fieldLabel('vendor.role', 'en'),
    function: fieldLabel('vendor.function', 'en'),
    locations: fieldLabel('vendor.processingLocations', 'en'),
    mechanism: fieldLabel('vendor.transferMechanism', 'en'),
    dpa: fieldLabel('vendor.dpa', 'en', 'short'),
    verified: fieldLabel('vendor.lastVerified', 'en'),
    usedIn: 'Used for',
    headquarters: fieldLabel('vendor.hqCountry', 'en'),
    notInUse: 'Not linked to a processing activity',
  },
  policy: {
    defaultTitle: 'Privacy policy',
    audience: (name) => `Applies to: ${name}`,
    effective: (date, version) =>
      date ? `Effective from ${date} · Version ${version}` : `Version ${version}`,
    controllerHeading: 'Who is responsible for your data',
    controllerText: (organisation) =>
      `${organisation} is the controller of the personal data about you that is described in this privacy policy. You can contact us here:`,
    jointControllerText: (names) =>
      `For some of the processing we are joint controllers with ${names}. This is stated in the description of each processing activity below.`,
    jointArrangement: 'The essence of the arrangement between the joint controllers',
    representativeText: (name) => `Our representative in the EU is ${name}:`,
    dpoHeading: 'Data protection officer',
    dpoText:
      'We have designated a data protection officer, whom you can contact if you have questions about how we process your personal data:',
    contactHeading: 'Data protection contact',
    contactText: 'If you have questions about how we process your personal data, please contact:',
    noDpo: 'We have not appointed a data protection officer (DPO).',
    processingHeading: 'What personal data we process and why',
    processingIntro:
      'For each processing activity below you can see for which purposes and on which legal basis we process your personal data, which data is involved, where the data comes from, to whom we disclose it and how long we keep it.',
    purposesLabel: 'Purposes and legal basis',
    legitimateInterestSentence: (interest) => `Our legitimate interest is: ${interest}`,
    dataLabel: 'Which personal data',
    subjectsLabel: 'Whose data',
    sourcesLabel: 'Where the data comes from',
    sourceYou: 'You',
    requirement: {
      statutory: 'We are required by law to collect the data.',
      contractual: 'Providing the data is a requirement under our contract with you.',
      contractPrerequisite: 'We need the data in order to enter into a contract with you.',
      voluntary: 'You are under no statutory or contractual obligation to provide the data.',
    },
    consequenceSentence: (consequence) => `If you do not provide the data: ${consequence}`,
    retentionLabel: 'How long we keep the data',
    retentionFrom: (event) => `The period is counted from: ${event}.`,
    retentionBasis: (basis) => `Basis: ${basis}.`,
    recipientsLabel: 'Who we disclose the data to',
    recipientsVendors: (names) => `Our vendors process the data on our behalf: ${names}.`,
    automatedLabel: 'Automated decisions',
    automatedText:
      'We make decisions based solely on automated processing, including profiling, which produce legal effects concerning you or similarly significantly affect you.',
    automatedLogic: 'The logic involved',
    automatedSignificance: 'The significance and envisaged consequences for you',
    automatedNotUsed:
      'We do not make decisions about you based solely on automated processing, including profiling, which produce legal effects concerning you or similarly significantly affect you (Article 22).',
    automatedNotUsedOther:
      'Apart from the decisions described above, we make no decisions about you based solely on automated processing, including profiling.',
    noActivities: 'No processing activities are recorded for this privacy policy.',
    vendorsHeading: 'Vendors and other recipients',
    vendorsIntro:
      'We use the following vendors, which process personal data on our behalf (processors). They may only process the data on our instructions.',
    vendorsDpa: 'We have entered into a data processing agreement with each of them.',
    independentIntro:
      'We also disclose data to the following companies, which are controllers in their own right for their processing of the data:',
    vendorColumns: { vendor: 'Vendor', function: 'Function', country: 'Processing location' },
    transfersHeading: 'Transfers to countries outside the EU/EEA',
    transfersIntro:
      'Some of your personal data is transferred to recipients in countries outside the EU/EEA (third countries). The transfers rely on the following:',
    transferLine: (party, country) => `${party} – ${country}`,
    mechanismText: {
      adequacy:
        'A decision of the European Commission that the country ensures an adequate level of protection (adequacy decision), Article 45 GDPR',
      dpf: 'The European Commission’s adequacy decision on the EU-U.S. Data Privacy Framework, under which the recipient is certified, Article 45 GDPR',
      scc: 'The European Commission’s standard contractual clauses (SCC), Article 46(2)(c) GDPR',
      bcr: 'Binding corporate rules (BCR) approved by a supervisory authority, Article 47 GDPR',
      art49: 'A derogation for specific situations under Article 49 GDPR',
      unknown: 'The basis for the transfer is being clarified',
    },
    safeguardsCopy: (contact) =>
      `You can obtain a copy of the relevant safeguards by contacting us ${at(contact)}.`,
    securityHeading: 'How we protect your data',
    securityIntro:
      'We have taken technical and organisational security measures to protect your personal data against accidental or unlawful destruction, loss, alteration and unauthorised access, including:',
    rightsHeading: 'Your rights',
    rightsIntro:
      'Under the GDPR you have a number of rights in relation to our processing of data about you. The rights apply within the limits set by the rules.',
    rights: {
      access: [
        'Right of access',
        'You have the right to know which personal data we process about you and to receive a copy of it (Art. 15).',
      ],
      rectification: [
        'Right to rectification',
        'You have the right to have inaccurate data about you corrected and incomplete data completed (Art. 16).',
      ],
      erasure: [
        'Right to erasure',
        'In some cases you have the right to have data about you erased before the time when we would otherwise erase it (Art. 17).',
      ],
      restriction: [
        'Right to restriction of processing',
        'In some cases you have the right to have the processing of your personal data restricted, so that we may only store it (Art. 18).',
      ],
      portability: [
        'Right to data portability',
        'Where the processing is based on your consent or on a contract with you and is carried out by automated means, you have the right to receive the data you have provided to us in a structured, commonly used and machine-readable format and to have it transmitted to another controller (Art. 20).',
      ],
      objection: [
        'Right to object',
        'Where we process your data on the basis of our legitimate interests or a task in the public interest, you have the right to object at any time, on grounds relating to your particular situation (Art. 21). We must then stop, unless we demonstrate compelling legitimate grounds that override your interests, or the processing is needed to establish, exercise or defend legal claims.',
      ],
      withdrawConsent: [
        'Right to withdraw consent',
        'Where we process your data on the basis of your consent, you may withdraw your consent at any time by contacting us. Withdrawal does not affect the lawfulness of the processing based on consent before its withdrawal (Art. 7(3)).',
      ],
      automated: [
        'Rights in automated decisions',
        'You have the right to obtain human intervention on our part, to express your point of view and to contest a decision based solely on automated processing (Art. 22).',
      ],
    },
    exerciseRights: (contact) =>
      `To exercise your rights, please contact us ${at(contact)}. We reply without undue delay and at the latest within one month of receiving your request. Where necessary, taking into account the complexity and number of requests, we may extend that period by two further months; we will then tell you so, and why, within the first month (Article 12(3)).`,
    marketingObjectionHeading: 'Your right to object to direct marketing',
    marketingObjection: (contact) =>
      `You have the right to object at any time to our processing of your personal data for direct marketing, including profiling related to such marketing. If you object, we stop processing your data for that purpose (Article 21(2) and (3)). You object by contacting us ${at(contact)}.`,
    complaintHeading: 'Complaints to the supervisory authority',
    complaintText: (authority) =>
      `You have the right to lodge a complaint with the ${authority} if you are dissatisfied with the way we process your personal data (Article 77 GDPR). The contact details are:`,
    complaintOther:
      'You have the right to lodge a complaint with a supervisory authority, in particular in the EU/EEA country where you live or work, or where the alleged infringement took place (Art. 77).',
    complaintElsewhere:
      'You can also complain to the supervisory authority in the EU/EEA country where you live or work or where the alleged infringement took place (Article 77).',
    cookiesHeading: 'Cookies',
    childrenHeading: 'Children',
    changesHeading: 'Changes to this privacy policy',
    changesSince: (version, date) =>
      `Changes since the previous version (${version ? `version ${version} of ` : ''}${date}):`,
    processorHeading: 'When we process data on behalf of our customers',
    processorText: (activities) =>
      `In the following processing we act as a processor for our customers: ${activities}. The customer is then the controller, and we process the data only on the customer’s instructions. If you have questions about that processing, please contact the customer.`,
    processorDpa: 'The processing is governed by a data processing agreement with each customer.',
    closing: (date, version) =>
      date
        ? `This privacy policy is effective from ${date} (version ${version}).`
        : `This is version ${version} of the privacy policy.`,
  },
  vendors: {
    title: 'Vendor overview',
    subtitle: 'Processors, sub-processors and independent controllers',
    intro: (organisation, date) =>
      `This overview lists the vendors that process personal data on behalf of ${organisation}, and the companies that receive personal data from us as independent controllers. It is based on our record of processing activities as at ${date}.`,
    processorsHeading: 'Processors and sub-processors',
    processorsNone: 'No processors or sub-processors are recorded.',
    controllersHeading: 'Recipients that are independent controllers',
    controllersIntro:
      'The following companies receive personal data from us but process it as independent controllers, and are therefore not processors.',
    transfersHeading: 'Transfers to third countries',
    transfersNone: 'None of the vendors processes personal data outside the EU/EEA.',
    transferLine: (vendor, countries, mechanism) => `${vendor}: ${countries} – ${mechanism}`,
    contact: (email) => `Questions about this overview may be sent to ${email}.`,
    changesHeading: 'Changes since the previous overview',
    changesFirst: 'This is the first vendor overview produced from the record of processing activities.',
    changesUnknown: (previous, since) =>
      `The previous overview is of ${previous}. The record's change log was started on ${since}, so the changes between the two cannot be listed.`,
    changesNone: (previous) =>
      `No vendor has been added, removed or changed since the previous overview of ${previous}.`,
    changesIntro: (previous) => `Since the previous overview of ${previous}:`,
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
  },
  fileName: {
    register: 'Record of processing activities',
    policy: 'Privacy policy',
    vendors: 'Vendor overview',
  },
};
