import type { Messages } from './app-error';

/**
 * Human labels (fr and en) of the fields the API validates, so that a field message reads
 * « Nom légal » (the label the form shows) rather than `legalName`. Keyed by DTO property name, plus the member import
 * file's column names. A name without a label is shown as is.
 */
export const FIELD_LABELS: Record<string, Messages> = {
  // Path parameters
  id: { fr: 'identifiant', en: 'identifier' },
  delegateId: { fr: 'identifiant de la désignation', en: 'designation identifier' },

  // Auth
  email: { fr: 'Adresse courriel', en: 'E-mail address' },
  password: { fr: 'Mot de passe', en: 'Password' },
  refreshToken: { fr: 'jeton de session', en: 'session token' },
  currentPassword: { fr: 'Mot de passe actuel', en: 'Current password' },
  newPassword: { fr: 'Nouveau mot de passe', en: 'New password' },

  // People and my account
  fullName: { fr: 'Nom complet', en: 'Full name' },
  preferredLanguage: { fr: 'Langue de préférence', en: 'Preferred language' },
  birthYear: { fr: 'Année de naissance', en: 'Birth year' },
  roles: { fr: 'Rôles', en: 'Roles' },
  active: { fr: 'Compte actif', en: 'Active account' },

  // Colleges
  code: { fr: 'Code', en: 'Code' },
  nameFr: { fr: 'Nom en français', en: 'Name in French' },
  nameEn: { fr: 'Nom en anglais', en: 'Name in English' },
  seatCount: { fr: 'Sièges', en: 'Seats' },
  sortOrder: { fr: "Ordre d'affichage", en: 'Display order' },

  // Members and delegates
  legalName: { fr: 'Nom légal', en: 'Legal name' },
  neq: { fr: 'NEQ', en: 'NEQ' },
  kind: { fr: "Type d'organisation", en: 'Kind of organization' },
  sector: { fr: 'Secteur', en: 'Sector' },
  region: { fr: 'Région administrative', en: 'Administrative region' },
  collegeId: { fr: 'Collège', en: 'College' },
  duesPaidUntil: { fr: "Cotisation payée jusqu'au", en: 'Dues paid until' },
  city: { fr: 'Municipalité', en: 'City' },
  standing: { fr: 'Situation', en: 'Standing' },
  reason: { fr: 'Motif de la suspension', en: 'Reason for the suspension' },
  personId: { fr: 'Personne', en: 'Person' },
  address: { fr: 'Adresse', en: 'Address' },
  postalCode: { fr: 'Code postal', en: 'Postal code' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  website: { fr: 'Site web', en: 'Website' },
  replacesDelegateId: { fr: 'Délégué·e à remplacer', en: 'Delegate to replace' },
  sort: { fr: 'Tri', en: 'Sort' },
  dir: { fr: 'Ordre du tri', en: 'Sort order' },
  status: { fr: 'Statut', en: 'Status' },
  postal_code: { fr: 'Code postal', en: 'Postal code' },

  // Member import file columns
  legal_name: { fr: 'Nom légal', en: 'Legal name' },
  college_code: { fr: 'Code du collège', en: 'College code' },
  dues_paid_until: { fr: "Cotisation payée jusqu'au", en: 'Dues paid until' },

  // Bylaw settings
  noticePeriodDays: { fr: 'Délai de convocation (jours)', en: 'Notice period (days)' },
  quorumType: { fr: 'Type de quorum', en: 'Quorum type' },
  quorumValue: { fr: 'Valeur du quorum', en: 'Quorum value' },
  proxiesAllowed: { fr: 'Procurations permises', en: 'Proxies allowed' },
  maxProxiesPerDelegate: { fr: 'Procurations par délégué·e (maximum)', en: 'Proxies per delegate (maximum)' },
  delegatesPerMember: { fr: 'Délégué·es par membre', en: 'Delegates per member' },
  voteWeighting: { fr: 'Pondération des votes', en: 'Vote weighting' },
  termLengthYears: { fr: 'Durée du mandat (années)', en: 'Term length (years)' },
  staggeredTerms: { fr: 'Mandats échelonnés', en: 'Staggered terms' },
  youthReservedSeats: { fr: "Sièges réservés à l'Aile jeunesse", en: 'Seats reserved for the youth wing' },
  youthMaxAge: { fr: "Âge maximal de l'Aile jeunesse", en: 'Youth wing maximum age' },
  electionMethod: { fr: 'Mode de scrutin des élections au conseil', en: 'Counting method of board elections' },
  boardQuorumType: { fr: 'Quorum du conseil', en: 'Board quorum' },
  boardQuorumValue: { fr: 'Valeur du quorum du conseil', en: 'Board quorum value' },
  assemblyPreset: { fr: "Préréglage des assemblées", en: 'Assembly preset' },
  speakerSeconds: { fr: 'Temps de parole (secondes)', en: 'Speaking time (seconds)' },

  // Board meetings
  itemId: { fr: 'identifiant du point', en: 'item identifier' },
  documentId: { fr: 'identifiant du document', en: 'document identifier' },
  startsAt: { fr: 'Date et heure', en: 'Date and time' },
  place: { fr: 'Lieu', en: 'Place' },
  videoUrl: { fr: 'Lien de visioconférence', en: 'Video link' },
  titleFr: { fr: 'Titre en français', en: 'Title in French' },
  titleEn: { fr: 'Titre en anglais', en: 'Title in English' },
  itemIds: { fr: "Ordre des points", en: 'Order of the items' },
  entries: { fr: 'Présences', en: 'Attendance' },
  agendaItemId: { fr: "Point de l'ordre du jour", en: 'Agenda item' },
  note: { fr: 'Note', en: 'Note' },
  textFr: { fr: 'Texte en français', en: 'Text in French' },
  textEn: { fr: 'Texte en anglais', en: 'Text in English' },
  moverId: { fr: 'Proposé par', en: 'Moved by' },
  seconderId: { fr: 'Appuyé par', en: 'Seconded by' },
  decisionMode: { fr: 'Mode de décision', en: 'Decision mode' },
  votes: { fr: 'Votes', en: 'Votes' },
  choice: { fr: 'Vote', en: 'Vote' },
  outcome: { fr: 'Issue', en: 'Outcome' },
  description: { fr: 'Description', en: 'Description' },
  ownerId: { fr: 'Responsable', en: 'Owner' },
  dueOn: { fr: 'Échéance', en: 'Due date' },
  file: { fr: 'Fichier', en: 'File' },

  // Board register
  startsOn: { fr: 'Début du mandat', en: 'Start of the term' },
  endsOn: { fr: 'Fin du mandat', en: 'End of the term' },
  endedOn: { fr: 'Fin anticipée', en: 'Early end' },
  youthReserved: { fr: "Siège réservé à l'Aile jeunesse", en: 'Seat reserved for the youth wing' },
  office: { fr: 'Fonction', en: 'Office' },

  // Search, paging and audit filters
  q: { fr: 'Recherche', en: 'Search' },
  page: { fr: 'page', en: 'page' },
  pageSize: { fr: 'résultats par page', en: 'results per page' },
  action: { fr: 'Action', en: 'Action' },
  targetType: { fr: "Type d'objet", en: 'Target type' },
  targetId: { fr: "identifiant de l'objet", en: 'target identifier' },
  actorId: { fr: 'auteur', en: 'actor' },
  category: { fr: "catégorie d'action", en: 'kind of action' },
  from: { fr: 'du', en: 'from' },
  to: { fr: 'au', en: 'to' },

  // Minutes and the public archive
  meetingId: { fr: 'Réunion', en: 'Meeting' },
  bodyFr: { fr: 'Texte en français', en: 'Text in French' },
  bodyEn: { fr: 'Texte en anglais', en: 'Text in English' },
  resolutionId: { fr: 'Résolution', en: 'Resolution' },
  role: { fr: 'Signer à titre de', en: 'Sign as' },
  language: { fr: 'Langue', en: 'Language' },
  year: { fr: 'Année', en: 'Year' },
  number: { fr: 'Numéro', en: 'Number' },

  // General assemblies
  registrationId: { fr: "identifiant de l'inscription", en: 'registration identifier' },
  proxyId: { fr: 'identifiant de la procuration', en: 'proxy identifier' },
  chairId: { fr: "Présidence d'assemblée", en: 'Assembly chair' },
  credentialsIds: { fr: "Table d'accréditation", en: 'Credentials desk' },
  giverPersonId: { fr: 'Personne qui donne sa procuration', en: 'Proxy giver' },
  holderPersonId: { fr: 'Personne qui reçoit la procuration', en: 'Proxy holder' },
  holderRegistrationId: { fr: 'Personne qui reçoit la procuration', en: 'Proxy holder' },
  mode: { fr: 'Présence', en: 'Attendance' },
  assemblyKind: { fr: "Type d'assemblée", en: 'Kind of assembly' },
  agendaItemKind: { fr: 'Type de point', en: 'Kind of item' },
  floorKind: { fr: 'Demande de parole', en: 'Request for the floor' },
  present: { fr: 'Présent·e', en: 'Present' },
};

/**
 * What to do when a field chosen from a list (a select in the forms) is missing or not one of
 * its values: « Choisissez un collège. » rather than "must be a valid identifier".
 */
export const CHOICE_PROMPTS: Record<string, Messages> = {
  collegeId: { fr: 'Choisissez un collège.', en: 'Choose a college.' },
  kind: { fr: "Choisissez un type d'organisation.", en: 'Choose a kind of organization.' },
  sector: { fr: 'Choisissez un secteur.', en: 'Choose a sector.' },
  region: { fr: 'Choisissez une région administrative.', en: 'Choose an administrative region.' },
  standing: { fr: 'Choisissez une situation.', en: 'Choose a standing.' },
  preferredLanguage: { fr: 'Choisissez une langue de préférence.', en: 'Choose a preferred language.' },
  personId: { fr: 'Choisissez une personne.', en: 'Choose a person.' },
  office: { fr: 'Choisissez une fonction.', en: 'Choose an office.' },
  quorumType: { fr: 'Choisissez un type de quorum.', en: 'Choose a quorum type.' },
  voteWeighting: { fr: 'Choisissez une pondération des votes.', en: 'Choose a vote weighting.' },
  electionMethod: { fr: 'Choisissez un mode de scrutin.', en: 'Choose a counting method.' },
  boardQuorumType: { fr: 'Choisissez un quorum du conseil.', en: 'Choose a board quorum.' },
  moverId: { fr: 'Choisissez qui propose.', en: 'Choose the mover.' },
  seconderId: { fr: 'Choisissez qui appuie.', en: 'Choose the seconder.' },
  ownerId: { fr: 'Choisissez une personne responsable.', en: 'Choose an owner.' },
  agendaItemId: { fr: "Choisissez un point de l'ordre du jour.", en: 'Choose an agenda item.' },
  assemblyKind: { fr: "Choisissez un type d'assemblée.", en: 'Choose a kind of assembly.' },
  agendaItemKind: { fr: 'Choisissez un type de point.', en: 'Choose a kind of item.' },
  floorKind: { fr: "Choisissez pour, contre, une question de privilège ou un point d'ordre.", en: 'Choose for, against, a question of privilege or a point of order.' },
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
