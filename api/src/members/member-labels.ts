import type { Language, MemberKind, Region, Sector, Standing } from '@concerto/contracts';

/**
 * The directory's words in fr and en, for what the API itself writes out (the CSV export). The
 * web app has the same labels in web/public/i18n/<lang>/enums.json.
 */
type Labels<K extends string> = Record<Language, Record<K, string>>;

export const STANDING_LABELS: Labels<Standing> = {
  fr: { good_standing: 'En règle', suspended: 'Suspendu', lapsed: 'Échu' },
  en: { good_standing: 'In good standing', suspended: 'Suspended', lapsed: 'Lapsed' },
};

export const KIND_LABELS: Labels<MemberKind> = {
  fr: {
    cooperative: 'Coopérative',
    nonprofit: 'Organisme à but non lucratif (OBNL)',
    network: 'Réseau',
    union: 'Syndicat',
    research: 'Milieu de la recherche',
    local_development: 'Organisme de développement local',
    first_nations: 'Premières Nations',
    regional_pole: "Pôle régional d'économie sociale",
    other: 'Autre',
  },
  en: {
    cooperative: 'Cooperative',
    nonprofit: 'Non-profit organization',
    network: 'Network',
    union: 'Labour union',
    research: 'Research body',
    local_development: 'Local development body',
    first_nations: 'First Nations',
    regional_pole: 'Regional social-economy pole',
    other: 'Other',
  },
};

export const SECTOR_LABELS: Labels<Sector> = {
  fr: {
    arts_culture: 'Arts et culture',
    food: 'Alimentation',
    retail: 'Commerce de détail',
    environment: 'Environnement',
    collective_real_estate: 'Immobilier collectif',
    leisure_tourism: 'Loisir et tourisme',
    it_communications: "Technologies de l'information et communications",
    media: 'Médias',
    manufacturing: 'Fabrication',
    personal_services: 'Services aux personnes',
    childcare: 'Services de garde',
    home_care: 'Aide à domicile',
    funeral: 'Services funéraires',
    forestry: 'Foresterie',
    agriculture: 'Agriculture',
    finance: 'Finance solidaire',
    transport: 'Transport',
    education: 'Éducation et formation',
    health: 'Santé',
    other: 'Autre',
  },
  en: {
    arts_culture: 'Arts and culture',
    food: 'Food',
    retail: 'Retail',
    environment: 'Environment',
    collective_real_estate: 'Collective real estate',
    leisure_tourism: 'Leisure and tourism',
    it_communications: 'IT and communications',
    media: 'Media',
    manufacturing: 'Manufacturing',
    personal_services: 'Personal services',
    childcare: 'Childcare',
    home_care: 'Home care',
    funeral: 'Funeral services',
    forestry: 'Forestry',
    agriculture: 'Agriculture',
    finance: 'Solidarity finance',
    transport: 'Transportation',
    education: 'Education and training',
    health: 'Health',
    other: 'Other',
  },
};

/** Region names are proper nouns: the same in both languages. */
export const REGION_NAMES: Record<Region, string> = {
  '01': 'Bas-Saint-Laurent',
  '02': 'Saguenay–Lac-Saint-Jean',
  '03': 'Capitale-Nationale',
  '04': 'Mauricie',
  '05': 'Estrie',
  '06': 'Montréal',
  '07': 'Outaouais',
  '08': 'Abitibi-Témiscamingue',
  '09': 'Côte-Nord',
  '10': 'Nord-du-Québec',
  '11': 'Gaspésie–Îles-de-la-Madeleine',
  '12': 'Chaudière-Appalaches',
  '13': 'Laval',
  '14': 'Lanaudière',
  '15': 'Laurentides',
  '16': 'Montérégie',
  '17': 'Centre-du-Québec',
};

/** Column headers of the directory export. */
export const EXPORT_HEADERS: Labels<
  'legalName' | 'neq' | 'kind' | 'sector' | 'region' | 'college' | 'standing' | 'duesPaidUntil' | 'city' | 'address' | 'postalCode' | 'phone' | 'email' | 'website' | 'delegateCount'
> = {
  fr: {
    legalName: 'Nom légal',
    neq: 'NEQ',
    kind: "Type d'organisation",
    sector: 'Secteur',
    region: 'Région administrative',
    college: 'Collège',
    standing: 'Situation',
    duesPaidUntil: "Cotisation payée jusqu'au",
    city: 'Municipalité',
    address: 'Adresse',
    postalCode: 'Code postal',
    phone: 'Téléphone',
    email: 'Courriel',
    website: 'Site web',
    delegateCount: 'Délégué·es',
  },
  en: {
    legalName: 'Legal name',
    neq: 'NEQ',
    kind: 'Kind of organization',
    sector: 'Sector',
    region: 'Administrative region',
    college: 'College',
    standing: 'Standing',
    duesPaidUntil: 'Dues paid until',
    city: 'City',
    address: 'Address',
    postalCode: 'Postal code',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Website',
    delegateCount: 'Delegates',
  },
};
