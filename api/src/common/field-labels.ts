import type { Messages } from './app-error';

/**
 * Human labels (fr and en) of the fields the API validates, so that a field message reads
 * « raison sociale » rather than `legalName`. Keyed by DTO property name, plus the member import
 * file's column names. A name without a label is shown as is.
 */
export const FIELD_LABELS: Record<string, Messages> = {
  // Path parameters
  id: { fr: 'identifiant', en: 'identifier' },
  delegateId: { fr: 'identifiant de la désignation', en: 'designation identifier' },

  // Auth
  email: { fr: 'adresse courriel', en: 'e-mail address' },
  password: { fr: 'mot de passe', en: 'password' },
  refreshToken: { fr: 'jeton de session', en: 'session token' },
  currentPassword: { fr: 'mot de passe actuel', en: 'current password' },
  newPassword: { fr: 'nouveau mot de passe', en: 'new password' },

  // People and my account
  fullName: { fr: 'nom complet', en: 'full name' },
  preferredLanguage: { fr: 'langue préférée', en: 'preferred language' },
  birthYear: { fr: 'année de naissance', en: 'birth year' },
  roles: { fr: 'rôles', en: 'roles' },
  active: { fr: 'compte actif', en: 'active account' },

  // Colleges
  code: { fr: 'code', en: 'code' },
  nameFr: { fr: 'nom en français', en: 'name in French' },
  nameEn: { fr: 'nom en anglais', en: 'name in English' },
  seatCount: { fr: 'nombre de sièges', en: 'number of seats' },
  sortOrder: { fr: "ordre d'affichage", en: 'display order' },

  // Members and delegates
  legalName: { fr: 'raison sociale', en: 'legal name' },
  neq: { fr: 'NEQ', en: 'NEQ' },
  kind: { fr: "type d'organisation", en: 'kind of organization' },
  sector: { fr: 'secteur', en: 'sector' },
  region: { fr: 'région administrative', en: 'administrative region' },
  collegeId: { fr: 'collège', en: 'college' },
  duesPaidUntil: { fr: "cotisation payée jusqu'au", en: 'dues paid until' },
  city: { fr: 'municipalité', en: 'city' },
  standing: { fr: 'situation', en: 'standing' },
  reason: { fr: 'motif', en: 'reason' },
  personId: { fr: 'personne', en: 'person' },
  address: { fr: 'adresse', en: 'address' },
  postalCode: { fr: 'code postal', en: 'postal code' },
  phone: { fr: 'téléphone', en: 'phone' },
  website: { fr: 'site web', en: 'website' },
  replacesDelegateId: { fr: 'délégué·e à remplacer', en: 'delegate to replace' },
  sort: { fr: 'tri', en: 'sort' },
  dir: { fr: 'ordre du tri', en: 'sort order' },
  status: { fr: 'statut', en: 'status' },
  postal_code: { fr: 'code postal', en: 'postal code' },

  // Member import file columns
  legal_name: { fr: 'raison sociale', en: 'legal name' },
  college_code: { fr: 'code du collège', en: 'college code' },
  dues_paid_until: { fr: "cotisation payée jusqu'au", en: 'dues paid until' },

  // Bylaw settings
  noticePeriodDays: { fr: 'délai de convocation (jours)', en: 'notice period (days)' },
  quorumType: { fr: 'type de quorum', en: 'quorum type' },
  quorumValue: { fr: 'valeur du quorum', en: 'quorum value' },
  proxiesAllowed: { fr: 'procurations permises', en: 'proxies allowed' },
  maxProxiesPerDelegate: { fr: 'procurations par délégué·e (maximum)', en: 'proxies per delegate (maximum)' },
  delegatesPerMember: { fr: 'délégué·es par membre', en: 'delegates per member' },
  voteWeighting: { fr: 'pondération des votes', en: 'vote weighting' },
  termLengthYears: { fr: 'durée du mandat (années)', en: 'term length (years)' },
  staggeredTerms: { fr: 'mandats échelonnés', en: 'staggered terms' },
  youthReservedSeats: { fr: "sièges réservés à l'Aile jeunesse", en: 'seats reserved for the youth wing' },
  youthMaxAge: { fr: "âge maximal de l'Aile jeunesse", en: 'youth wing maximum age' },
  electionMethod: { fr: 'mode de scrutin', en: 'counting method' },

  // Search, paging and audit filters
  q: { fr: 'recherche', en: 'search' },
  page: { fr: 'page', en: 'page' },
  pageSize: { fr: 'résultats par page', en: 'results per page' },
  action: { fr: 'action', en: 'action' },
  targetType: { fr: "type d'objet", en: 'target type' },
  targetId: { fr: "identifiant de l'objet", en: 'target identifier' },
  actorId: { fr: 'auteur', en: 'actor' },
  category: { fr: "catégorie d'action", en: 'kind of action' },
  from: { fr: 'du', en: 'from' },
  to: { fr: 'au', en: 'to' },
};

/**
 * The label of a field path in both languages: the whole path if labelled, else its last named
 * segment (`roles.0` → roles), else the path itself.
 */
export function fieldLabel(path: string): Messages {
  if (Object.hasOwn(FIELD_LABELS, path)) return FIELD_LABELS[path];
  const last = path
    .split('.')
    .reverse()
    .find((s) => !/^\d+$/.test(s));
  if (last && Object.hasOwn(FIELD_LABELS, last)) return FIELD_LABELS[last];
  return { fr: path, en: path };
}

/** The field's label quoted as it appears inside a message: « raison sociale » / "legal name". */
export function quotedFieldLabel(path: string): Messages {
  const label = fieldLabel(path);
  return { fr: `« ${label.fr} »`, en: `"${label.en}"` };
}

/** The name as sent, quoted the same way (for a field that has no label, e.g. one not accepted). */
export function quotedRawName(name: string): Messages {
  return { fr: `« ${name} »`, en: `"${name}"` };
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/**
 * A field message in both languages: `{field}` becomes the field's quoted label in each language
 * (or `quoted` when given), other `{name}` placeholders come from params.
 */
export function fieldMessages(field: string, template: Messages, params: Record<string, string | number> = {}, quoted: Messages = quotedFieldLabel(field)): Messages {
  return { fr: fill(template.fr, { ...params, field: quoted.fr }), en: fill(template.en, { ...params, field: quoted.en }) };
}
