import type { CommonErrorCode, ErrorCode, Language } from '@concerto/contracts';

export interface Messages {
  fr: string;
  en: string;
}

export interface ErrorDefinition extends Messages {
  status: number;
}

/**
 * An error the API answers with: a stable code, an HTTP status, and its message in fr and en
 * (`{name}` placeholders filled from params). Thrown by services; mapped once by the filter.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly messages: Messages,
    readonly fields?: { field: string; messages: Messages }[],
  ) {
    super(messages.en);
  }

  message_(lang: Language): string {
    return this.messages[lang];
  }
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** Messages with their `{name}` placeholders filled, in both languages. */
export function fillMessages(messages: Messages, params: Record<string, string | number>): Messages {
  return { fr: fill(messages.fr, params), en: fill(messages.en, params) };
}

/** Declares a feature's error codes; returns a function that builds the AppError for a code. */
export function defineErrors<K extends ErrorCode>(defs: Record<K, ErrorDefinition>) {
  return (code: K, params: Record<string, string | number> = {}, fields?: { field: string; messages: Messages }[]): AppError => {
    const d = defs[code];
    return new AppError(d.status, code, { fr: fill(d.fr, params), en: fill(d.en, params) }, fields);
  };
}

/** Errors common to every feature. */
export const commonError = defineErrors<CommonErrorCode>({
  NOT_FOUND: { status: 404, fr: 'Introuvable : {what}.', en: 'Not found: {what}.' },
  UNAUTHENTICATED: { status: 401, fr: 'Connexion requise.', en: 'You must log in.' },
  FORBIDDEN: { status: 403, fr: "Vous n'avez pas l'autorisation de faire cette action.", en: 'You are not allowed to do this.' },
  VALIDATION_FAILED: { status: 400, fr: 'Certaines données sont invalides.', en: 'Some data is invalid.' },
  CONFLICT: { status: 409, fr: 'Conflit : {what}.', en: 'Conflict: {what}.' },
  INTERNAL: { status: 500, fr: 'Erreur interne. Réessayez plus tard.', en: 'Internal error. Please try again later.' },
  ROUTE_NOT_FOUND: { status: 404, fr: "Cette adresse n'existe pas.", en: 'This address does not exist.' },
  PAYLOAD_TOO_LARGE: { status: 413, fr: 'Le contenu envoyé est trop volumineux.', en: 'The content sent is too large.' },
  BODY_TOO_DEEP: {
    status: 400,
    fr: 'Le contenu envoyé est imbriqué trop profondément (au plus {max} niveaux).',
    en: 'The content sent is nested too deeply (at most {max} levels).',
  },
  UNSUPPORTED_CHARSET: { status: 415, fr: "Ce jeu de caractères n'est pas accepté : envoyez de l'UTF-8.", en: 'This character set is not accepted: send UTF-8.' },
  UNSUPPORTED_ENCODING: {
    status: 415,
    fr: "Cet encodage du contenu (Content-Encoding) n'est pas accepté : gzip, deflate, br ou aucun.",
    en: 'This content encoding (Content-Encoding) is not accepted: gzip, deflate, br or none.',
  },
  MALFORMED_BODY: { status: 400, fr: 'Le contenu envoyé est illisible (JSON invalide).', en: 'The content sent cannot be read (invalid JSON).' },
});
