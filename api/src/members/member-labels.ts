import type { Language } from '@concerto/contracts';

/**
 * The directory export's column headers in fr and en. Its values (kind, sector, region,
 * standing) take their words from VALUE_LABELS (common/value-labels.ts), kept equal to the web's.
 */
type Labels<K extends string> = Record<Language, Record<K, string>>;

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
