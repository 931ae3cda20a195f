import type { AssembliesErrorCode } from '@concerto/contracts';
import { defineErrors } from '../common/app-error';
import { DOCUMENT_CONTENT_ERRORS } from '../meetings/document-type';

export const assembliesError = defineErrors<AssembliesErrorCode>({
  ASSEMBLY_NOT_FOUND: { status: 404, fr: 'Assemblée introuvable.', en: 'Assembly not found.' },
  ASSEMBLY_NOT_EDITABLE: {
    status: 409,
    fr: "Cette assemblée est ouverte, close ou annulée : ses détails et son ordre du jour ne changent plus.",
    en: 'This assembly is in session, closed or cancelled: its details and agenda no longer change.',
  },
  ASSEMBLY_ALREADY_CONVENED: { status: 409, fr: 'La convocation à cette assemblée a déjà été envoyée.', en: 'The convocation to this assembly was already sent.' },
  ASSEMBLY_NOT_CONVENED: {
    status: 409,
    fr: "Les inscriptions, les présences et les procurations ne se prennent qu'une fois l'assemblée convoquée et jusqu'à sa clôture.",
    en: 'Registrations, attendance and proxies are taken only once the assembly is convened and until it closes.',
  },
  ASSEMBLY_NOTICE_TOO_SHORT: {
    status: 409,
    fr: "Le délai de convocation de {days} jours n'est pas respecté : l'assemblée ne peut avoir lieu avant le {dateFr}.",
    en: 'The notice period of {days} days is not respected: the assembly cannot be held before {dateEn}.',
  },
  ASSEMBLY_IN_SESSION: { status: 409, fr: "Cette assemblée est ouverte ou terminée : elle ne peut plus être annulée.", en: 'This assembly is in session or over: it can no longer be cancelled.' },
  AGENDA_ITEM_NOT_FOUND: { status: 404, fr: "Point de l'ordre du jour introuvable pour cette assemblée.", en: 'Agenda item not found for this assembly.' },
  AGENDA_ORDER_MISMATCH: {
    status: 400,
    fr: "Le nouvel ordre doit nommer chaque point de l'ordre du jour une et une seule fois.",
    en: 'The new order must name every agenda item exactly once.',
  },
  DOCUMENT_NOT_FOUND: { status: 404, fr: 'Document introuvable pour cette assemblée.', en: 'Document not found for this assembly.' },
  DOCUMENT_MISSING: {
    status: 400,
    fr: 'Joignez un fichier (champ « file » d’un envoi multipart/form-data) avec ses titres (titleFr, titleEn).',
    en: 'Attach a file (field "file" of a multipart/form-data upload) with its titles (titleFr, titleEn).',
  },
  ...DOCUMENT_CONTENT_ERRORS,
  PERSON_NOT_FOUND: { status: 404, fr: 'Personne introuvable.', en: 'Person not found.' },
  REGISTRATION_NOT_FOUND: { status: 404, fr: 'Inscription introuvable pour cette assemblée.', en: 'Registration not found for this assembly.' },
  PROXY_NOT_FOUND: { status: 404, fr: 'Procuration introuvable pour cette assemblée.', en: 'Proxy not found for this assembly.' },
  NOT_A_DELEGATE: { status: 409, fr: "{name} n'est délégué·e d'aucun membre : pas d'accréditation.", en: '{name} is not the delegate of any member: no credentials.' },
  MEMBER_SUSPENDED: { status: 409, fr: '{member} est suspendu : ses délégué·es ne sont pas accrédité·es.', en: '{member} is suspended: its delegates get no credentials.' },
  MEMBER_LAPSED: {
    status: 409,
    fr: "{member} n'aura pas payé sa cotisation à la date de l'assemblée : ses délégué·es ne sont pas accrédité·es.",
    en: '{member} will not have paid its dues at the date of the assembly: its delegates get no credentials.',
  },
  ACCOUNT_INACTIVE: { status: 409, fr: 'Le compte de {name} est désactivé.', en: "{name}'s account is deactivated." },
  DELEGATE_LIMIT_REACHED: {
    status: 409,
    fr: '{member} a déjà ses {limit} voix inscrites (délégué·es et procurations).',
    en: '{member} already has its {limit} votes registered (delegates and proxies).',
  },
  ALREADY_REGISTERED: { status: 409, fr: '{name} est déjà inscrit·e à cette assemblée.', en: '{name} is already registered for this assembly.' },
  NOT_REGISTERED: { status: 409, fr: "Vous n'êtes pas inscrit·e à cette assemblée.", en: 'You are not registered for this assembly.' },
  HOLDER_NOT_REGISTERED: {
    status: 409,
    fr: "{name} n'est pas inscrit·e à cette assemblée : une procuration se donne à un·e délégué·e inscrit·e.",
    en: '{name} is not registered for this assembly: a proxy goes to a registered delegate.',
  },
  ALREADY_CHECKED_IN: { status: 409, fr: '{name} est déjà présent·e.', en: '{name} is already present.' },
  NOT_CHECKED_IN: { status: 409, fr: "{name} n'est pas présent·e.", en: '{name} is not present.' },
  HALL_PRESENCE_BY_DESK: {
    status: 409,
    fr: "Votre présence dans la salle s'enregistre à la table d'accréditation, à l'entrée comme à la sortie.",
    en: 'Your presence in the hall is recorded by the credentials desk, on the way in and out.',
  },
  REGISTRATION_CHECKED_IN: {
    status: 409,
    fr: "{name} a déjà été présent·e : l'inscription reste, avec l'historique des présences.",
    en: '{name} has already been present: the registration stays, with the attendance history.',
  },
  REGISTRATION_HOLDS_PROXIES: {
    status: 409,
    fr: "{name} détient des procurations : retirez-les avant d'annuler l'inscription.",
    en: '{name} holds proxies: remove them before cancelling the registration.',
  },
  PROXIES_NOT_ALLOWED: { status: 409, fr: 'Les procurations ne sont pas permises à cette assemblée.', en: 'Proxies are not allowed at this assembly.' },
  PROXY_LIMIT_REACHED: { status: 409, fr: '{name} détient déjà {limit} procuration(s), le maximum.', en: '{name} already holds {limit} proxy(ies), the maximum.' },
  PROXY_ALREADY_GIVEN: { status: 409, fr: '{name} a déjà donné sa procuration.', en: '{name} has already given their proxy.' },
  PROXY_GIVER_REGISTERED: {
    status: 409,
    fr: '{name} est inscrit·e à cette assemblée : une personne inscrite vote elle-même et ne donne pas de procuration.',
    en: '{name} is registered for this assembly: a registered person votes in person and gives no proxy.',
  },
  PROXY_GIVER_CANNOT_REGISTER: {
    status: 409,
    fr: '{name} a donné sa procuration : retirez-la avant de l’inscrire.',
    en: '{name} has given their proxy: remove it before registering them.',
  },
});
