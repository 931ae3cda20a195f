import type { Messages } from './app-error';

/**
 * The labels of coded values (fr and en), as the web app shows them (web/public/i18n/<lang>/enums.json;
 * a test keeps the two equal), so that a message lists "Coopérative, Réseau, …" rather than the
 * internal codes.
 */
export const VALUE_LABELS = {
  memberKind: {
    cooperative: { fr: 'Coopérative', en: 'Cooperative' },
    first_nations: { fr: 'Premières Nations', en: 'First Nations' },
    local_development: { fr: 'Organisme de développement local', en: 'Local development body' },
    network: { fr: 'Réseau', en: 'Network' },
    nonprofit: { fr: 'Organisme à but non lucratif (OBNL)', en: 'Non-profit organization' },
    other: { fr: 'Autre', en: 'Other' },
    regional_pole: { fr: "Pôle régional d'économie sociale", en: 'Regional social-economy pole' },
    research: { fr: 'Milieu de la recherche', en: 'Research body' },
    union: { fr: 'Syndicat', en: 'Labour union' },
  },
  sector: {
    agriculture: { fr: 'Agriculture', en: 'Agriculture' },
    arts_culture: { fr: 'Arts et culture', en: 'Arts and culture' },
    childcare: { fr: 'Services de garde', en: 'Childcare' },
    collective_real_estate: { fr: 'Immobilier collectif', en: 'Collective real estate' },
    education: { fr: 'Éducation et formation', en: 'Education and training' },
    environment: { fr: 'Environnement', en: 'Environment' },
    finance: { fr: 'Finance solidaire', en: 'Solidarity finance' },
    food: { fr: 'Alimentation', en: 'Food' },
    forestry: { fr: 'Foresterie', en: 'Forestry' },
    funeral: { fr: 'Services funéraires', en: 'Funeral services' },
    health: { fr: 'Santé', en: 'Health' },
    home_care: { fr: 'Aide à domicile', en: 'Home care' },
    it_communications: { fr: "Technologies de l'information et communications", en: 'IT and communications' },
    leisure_tourism: { fr: 'Loisir et tourisme', en: 'Leisure and tourism' },
    manufacturing: { fr: 'Fabrication', en: 'Manufacturing' },
    media: { fr: 'Médias', en: 'Media' },
    other: { fr: 'Autre', en: 'Other' },
    personal_services: { fr: 'Services aux personnes', en: 'Personal services' },
    retail: { fr: 'Commerce de détail', en: 'Retail' },
    transport: { fr: 'Transport', en: 'Transportation' },
  },
  region: {
    '01': { fr: '01 Bas-Saint-Laurent', en: '01 Bas-Saint-Laurent' },
    '02': { fr: '02 Saguenay–Lac-Saint-Jean', en: '02 Saguenay–Lac-Saint-Jean' },
    '03': { fr: '03 Capitale-Nationale', en: '03 Capitale-Nationale' },
    '04': { fr: '04 Mauricie', en: '04 Mauricie' },
    '05': { fr: '05 Estrie', en: '05 Estrie' },
    '06': { fr: '06 Montréal', en: '06 Montréal' },
    '07': { fr: '07 Outaouais', en: '07 Outaouais' },
    '08': { fr: '08 Abitibi-Témiscamingue', en: '08 Abitibi-Témiscamingue' },
    '09': { fr: '09 Côte-Nord', en: '09 Côte-Nord' },
    '10': { fr: '10 Nord-du-Québec', en: '10 Nord-du-Québec' },
    '11': { fr: '11 Gaspésie–Îles-de-la-Madeleine', en: '11 Gaspésie–Îles-de-la-Madeleine' },
    '12': { fr: '12 Chaudière-Appalaches', en: '12 Chaudière-Appalaches' },
    '13': { fr: '13 Laval', en: '13 Laval' },
    '14': { fr: '14 Lanaudière', en: '14 Lanaudière' },
    '15': { fr: '15 Laurentides', en: '15 Laurentides' },
    '16': { fr: '16 Montérégie', en: '16 Montérégie' },
    '17': { fr: '17 Centre-du-Québec', en: '17 Centre-du-Québec' },
  },
  standing: {
    good_standing: { fr: 'En règle', en: 'In good standing' },
    lapsed: { fr: 'Échu', en: 'Lapsed' },
    suspended: { fr: 'Suspendu', en: 'Suspended' },
  },
  language: {
    en: { fr: 'Anglais', en: 'English' },
    fr: { fr: 'Français', en: 'French' },
  },
  role: {
    admin: { fr: 'Administration', en: 'Administrator' },
    assembly_chair: { fr: "Présidence d'assemblée", en: 'Assembly chair' },
    delegate: { fr: 'Délégué·e', en: 'Delegate' },
    election_officer: { fr: "Présidence d'élection", en: 'Election officer' },
    secretary: { fr: 'Secrétariat du conseil', en: 'Board secretary' },
    youth_coordinator: { fr: "Coordination de l'Aile jeunesse", en: 'Youth wing coordinator' },
  },
  quorumType: {
    count: { fr: 'Nombre de délégué·es', en: 'Number of delegates' },
    percent: { fr: 'Pourcentage des délégué·es inscrit·es', en: 'Percentage of registered delegates' },
  },
  assemblyPreset: {
    nonprofit: { fr: 'Organisme à but non lucratif (Loi sur les compagnies, partie III)', en: 'Non-profit (Companies Act, Part III)' },
    cooperative: { fr: 'Coopérative (Loi sur les coopératives : un membre, une voix, sans procuration)', en: 'Cooperative (Cooperatives Act: one member, one vote, no proxies)' },
  },
  boardQuorumType: {
    majority: { fr: 'Majorité des sièges pourvus', en: 'Majority of the seats filled' },
    count: { fr: 'Nombre de membres', en: 'Number of members' },
    percent: { fr: 'Pourcentage des sièges pourvus', en: 'Percentage of the seats filled' },
  },
  voteWeighting: {
    per_delegate: { fr: 'Une voix par délégué·e', en: 'One vote per delegate' },
    per_member: { fr: 'Une voix par organisation membre', en: 'One vote per member organization' },
  },
  electionMethod: {
    approval: { fr: 'Vote par approbation', en: 'Approval voting' },
    plurality: { fr: 'Majorité relative (pluralité)', en: 'Plurality' },
    stv_meek: { fr: 'Vote unique transférable — méthode Meek', en: 'Single transferable vote — Meek method' },
    stv_scottish: { fr: 'Vote unique transférable — règles écossaises', en: 'Single transferable vote — Scottish rules' },
  },
  assemblyKind: {
    annual: { fr: 'Assemblée générale annuelle', en: 'Annual general assembly' },
    special: { fr: 'Assemblée générale extraordinaire', en: 'Special general assembly' },
  },
  agendaItemKind: {
    opening: { fr: 'Ouverture', en: 'Opening' },
    agenda_adoption: { fr: "Adoption de l'ordre du jour", en: 'Adoption of the agenda' },
    previous_minutes: { fr: 'Procès-verbal précédent', en: 'Previous minutes' },
    reports: { fr: 'Rapports', en: 'Reports' },
    elections: { fr: 'Élections', en: 'Elections' },
    motions: { fr: 'Propositions', en: 'Motions' },
    other_business: { fr: 'Varia', en: 'Other business' },
    closing: { fr: "Levée de l'assemblée", en: 'Adjournment' },
    custom: { fr: 'Autre point', en: 'Other item' },
  },
  floorRequestKind: {
    for: { fr: 'Pour', en: 'For' },
    against: { fr: 'Contre', en: 'Against' },
    privilege: { fr: 'Question de privilège', en: 'Question of privilege' },
    order: { fr: "Point d'ordre", en: 'Point of order' },
  },
  attendanceMode: {
    hall: { fr: 'En salle', en: 'In the hall' },
    online: { fr: 'En ligne', en: 'Online' },
  },
  boardOffice: {
    president: { fr: 'Présidence', en: 'Chair' },
    secretary: { fr: 'Secrétariat', en: 'Secretary' },
    treasurer: { fr: 'Trésorerie', en: 'Treasurer' },
    vice_president: { fr: 'Vice-présidence', en: 'Vice-chair' },
  },
} as const satisfies Record<string, Record<string, Messages>>;

export type ValueGroup = keyof typeof VALUE_LABELS;

/** The list of values each coded field takes (by DTO property or import column name). */
export const FIELD_VALUES: Record<string, ValueGroup> = {
  kind: 'memberKind',
  sector: 'sector',
  region: 'region',
  standing: 'standing',
  preferredLanguage: 'language',
  roles: 'role',
  quorumType: 'quorumType',
  voteWeighting: 'voteWeighting',
  electionMethod: 'electionMethod',
  office: 'boardOffice',
  boardQuorumType: 'boardQuorumType',
  assemblyPreset: 'assemblyPreset',
  assemblyKind: 'assemblyKind',
  agendaItemKind: 'agendaItemKind',
  floorKind: 'floorRequestKind',
  mode: 'attendanceMode',
};

/** The labels of `codes` for `field` (last named segment of the path), joined; an unknown code is kept. */
export function valueLabels(field: string, codes: readonly string[]): Messages {
  const name = field.split('.').reverse().find((s) => !/^\d+$/.test(s)) ?? field;
  const group: Record<string, Messages> | undefined = Object.hasOwn(FIELD_VALUES, name) ? VALUE_LABELS[FIELD_VALUES[name]] : undefined;
  const label = (code: string, lang: keyof Messages) => (group && Object.hasOwn(group, code) ? group[code][lang] : code);
  return { fr: codes.map((c) => label(c, 'fr')).join(', '), en: codes.map((c) => label(c, 'en')).join(', ') };
}
