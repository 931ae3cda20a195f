import type { MembersErrorCode } from '@concerto/contracts';
import { defineErrors, Messages } from '../common/app-error';

export const membersError = defineErrors<MembersErrorCode>({
  MEMBER_NOT_FOUND: { status: 404, fr: 'Organisation membre introuvable.', en: 'Member organization not found.' },
  NEQ_TAKEN: { status: 409, fr: 'Une autre organisation membre a déjà le NEQ {neq}.', en: 'Another member organization already has NEQ {neq}.' },
  ALREADY_SUSPENDED: { status: 409, fr: 'Cette organisation membre est déjà suspendue.', en: 'This member organization is already suspended.' },
  NOT_SUSPENDED: { status: 409, fr: "Cette organisation membre n'est pas suspendue.", en: 'This member organization is not suspended.' },
  DELEGATE_NOT_FOUND: { status: 404, fr: 'Désignation de délégué·e introuvable pour ce membre.', en: 'Delegate designation not found for this member.' },
  ALREADY_DELEGATE: {
    status: 409,
    fr: "Cette personne est déjà délégué·e d'une organisation membre ; cette désignation doit d'abord prendre fin.",
    en: 'This person is already a delegate of a member organization; that designation must end first.',
  },
  DELEGATE_LIMIT: {
    status: 409,
    fr: 'Ce membre a déjà {limit} délégué·e·s, le maximum permis par les règlements.',
    en: 'This member already has {limit} delegates, the most the bylaws allow.',
  },
  REQUEST_NOT_FOUND: { status: 404, fr: 'Demande de délégué·e introuvable.', en: 'Delegate request not found.' },
  REQUEST_DECIDED: {
    status: 409,
    fr: 'Cette demande a déjà été traitée ; elle ne peut plus être approuvée ni refusée.',
    en: 'This request has already been decided; it can no longer be approved or rejected.',
  },
  REQUEST_PENDING: {
    status: 409,
    fr: 'Une demande pour {email} attend déjà la décision de l’administration.',
    en: 'A request for {email} is already awaiting the administrator’s decision.',
  },
  REPLACED_NOT_DELEGATE: {
    status: 409,
    fr: "La personne à remplacer n'est plus délégué·e de ce membre.",
    en: 'The person to replace is no longer a delegate of this member.',
  },
  PERSON_INACTIVE: { status: 409, fr: 'Ce compte est désactivé : il ne peut être désigné délégué·e.', en: 'This account is deactivated: it cannot be designated a delegate.' },
  IMPORT_NOT_CSV: {
    status: 400,
    fr: 'Envoyez le contenu du fichier CSV comme texte (Content-Type: text/csv).',
    en: 'Send the CSV file content as text (Content-Type: text/csv).',
  },
  IMPORT_EMPTY: { status: 400, fr: "Le fichier ne contient aucune ligne de membre sous l'en-tête.", en: 'The file holds no member row below its header.' },
  IMPORT_TOO_MANY_ROWS: { status: 400, fr: 'Le fichier compte plus de {max} lignes ; divisez-le.', en: 'The file has more than {max} rows; split it.' },
  IMPORT_MISSING_COLUMNS: {
    status: 400,
    fr: "Colonnes manquantes dans l'en-tête : {columns}. Colonnes attendues : {expected}.",
    en: 'Columns missing from the header: {columns}. Expected columns: {expected}.',
  },
  IMPORT_UNKNOWN_COLUMNS: {
    status: 400,
    fr: "Colonnes inconnues dans l'en-tête : {columns}. Colonnes attendues : {expected}.",
    en: 'Unknown columns in the header: {columns}. Expected columns: {expected}.',
  },
  IMPORT_MALFORMED: {
    status: 400,
    fr: 'Le fichier CSV est mal formé près de la ligne {line} (guillemet non fermé ou ligne trop longue).',
    en: 'The CSV file is malformed near line {line} (unclosed quote or line too long).',
  },
  IMPORT_DUPLICATE_COLUMNS: { status: 400, fr: "Colonnes en double dans l'en-tête : {columns}.", en: 'Columns repeated in the header: {columns}.' },
});

/** Field messages (fr and en); `{field}` is the field's quoted label, filled by `fieldMessages`. */
export const memberFieldMessages = {
  unknownCollege: { fr: 'Le champ {field} ne correspond à aucun collège existant.', en: 'The field {field} matches no existing college.' },
} satisfies Record<string, Messages>;

/**
 * Why a row of an imported file is rejected, in both languages. `{field}` is the column's quoted
 * label (filled by `fieldMessages`) and `{column}` its name in the file, to find it there.
 */
export const importRowMessages = {
  columnCount: { fr: 'La ligne a {count} colonnes au lieu de {expected}.', en: 'The row has {count} columns instead of {expected}.' },
  forbiddenCharacter: {
    fr: 'Le champ {field} (colonne {column}) contient un caractère interdit (caractère nul).',
    en: 'The field {field} (column {column}) contains a forbidden character (NUL).',
  },
  required: { fr: 'Le champ {field} (colonne {column}) est obligatoire.', en: 'The field {field} (column {column}) is required.' },
  tooLong: {
    fr: 'Le champ {field} (colonne {column}) doit contenir au plus {max} caractères.',
    en: 'The field {field} (column {column}) must be at most {max} characters long.',
  },
  unknownValue: {
    fr: 'Le champ {field} (colonne {column}) contient une valeur inconnue, « {value} » (valeurs permises : {values}).',
    en: 'The field {field} (column {column}) has an unknown value, "{value}" (allowed: {values}).',
  },
  badRegion: {
    fr: "Le champ {field} (colonne {column}) contient « {value} », qui n'est pas un numéro de région de 01 à 17.",
    en: 'The field {field} (column {column}) holds "{value}", which is not a region number from 01 to 17.',
  },
  unknownCollege: {
    fr: 'Le champ {field} (colonne {column}) contient « {value} », qui ne correspond à aucun collège ({values}).',
    en: 'The field {field} (column {column}) holds "{value}", which matches no college ({values}).',
  },
  badDate: {
    fr: "Le champ {field} (colonne {column}) contient « {value} », qui n'est pas une date valide AAAA-MM-JJ.",
    en: 'The field {field} (column {column}) holds "{value}", which is not a valid date YYYY-MM-DD.',
  },
  badNeq: {
    fr: 'Le champ {field} (colonne {column}) contient « {value} », qui ne compte pas 10 chiffres.',
    en: 'The field {field} (column {column}) holds "{value}", which does not have 10 digits.',
  },
  neqRepeated: {
    fr: 'Le champ {field} (colonne {column}) contient {value}, un NEQ qui figure déjà à la ligne {line} du fichier.',
    en: 'The field {field} (column {column}) holds {value}, a NEQ that already appears on line {line} of the file.',
  },
  badContact: {
    fr: "Le champ {field} (colonne {column}) contient « {value} », qui n'est pas valide (ex. : H2X 1Y4, 514 555-1234, info@exemple.org, https://exemple.org).",
    en: 'The field {field} (column {column}) holds "{value}", which is not valid (e.g. H2X 1Y4, 514 555-1234, info@example.org, https://example.org).',
  },
  neqTaken: {
    fr: "Le champ {field} (colonne {column}) contient {value}, le NEQ d'un membre existant.",
    en: 'The field {field} (column {column}) holds {value}, the NEQ of an existing member.',
  },
} satisfies Record<string, Messages>;
