import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidateIf } from 'class-validator';
import { commonError, Messages } from './app-error';

/**
 * A field that may be left out of a partial update but, when sent, must be valid: unlike
 * `@IsOptional()`, `null` is checked (and refused) rather than let through to a NOT NULL column.
 */
export const OmittableNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** fr/en messages for class-validator constraints; `{field}` is the property path. */
const CONSTRAINTS: Record<string, Messages> = {
  isDefined: { fr: '{field} est obligatoire.', en: '{field} is required.' },
  isNotEmpty: { fr: '{field} est obligatoire.', en: '{field} is required.' },
  isString: { fr: '{field} doit être un texte.', en: '{field} must be text.' },
  isEmail: { fr: '{field} doit être une adresse courriel valide.', en: '{field} must be a valid e-mail address.' },
  isInt: { fr: '{field} doit être un nombre entier.', en: '{field} must be a whole number.' },
  isBoolean: { fr: '{field} doit être vrai ou faux.', en: '{field} must be true or false.' },
  isIn: { fr: '{field} doit être une des valeurs : {values}.', en: '{field} must be one of: {values}.' },
  isEnum: { fr: '{field} doit être une des valeurs : {values}.', en: '{field} must be one of: {values}.' },
  isUuid: { fr: '{field} doit être un identifiant valide.', en: '{field} must be a valid identifier.' },
  isISO8601: { fr: '{field} doit être une date AAAA-MM-JJ.', en: '{field} must be a date YYYY-MM-DD.' },
  isCalendarDate: { fr: '{field} doit être une date valide AAAA-MM-JJ.', en: '{field} must be a valid date YYYY-MM-DD.' },
  isNeq: { fr: '{field} doit être un NEQ de 10 chiffres.', en: '{field} must be a NEQ of 10 digits.' },
  isDateString: { fr: '{field} doit être une date AAAA-MM-JJ.', en: '{field} must be a date YYYY-MM-DD.' },
  matches: { fr: "{field} n'a pas le bon format.", en: '{field} has the wrong format.' },
  min: { fr: '{field} doit être au moins {min}.', en: '{field} must be at least {min}.' },
  max: { fr: '{field} doit être au plus {max}.', en: '{field} must be at most {max}.' },
  minLength: { fr: '{field} doit contenir au moins {min} caractères.', en: '{field} must be at least {min} characters long.' },
  maxLength: { fr: '{field} doit contenir au plus {max} caractères.', en: '{field} must be at most {max} characters long.' },
  isArray: { fr: '{field} doit être une liste.', en: '{field} must be a list.' },
  arrayUnique: { fr: '{field} ne doit pas contenir de doublons.', en: '{field} must not contain duplicates.' },
  whitelistValidation: { fr: "{field} n'est pas un champ accepté.", en: '{field} is not an accepted field.' },
  isNumber: { fr: '{field} doit être un nombre.', en: '{field} must be a number.' },
};

function constraintMessages(field: string, name: string, error: ValidationError, fallback: string): Messages {
  const template = CONSTRAINTS[name];
  if (!template) return { fr: fallback, en: fallback };
  const args = (error.contexts?.[name] ?? {}) as Record<string, string | number>;
  // class-validator puts the constraint value in the English message only; recover it from there.
  const numberInMessage = /(-?\d+(\.\d+)?)/.exec(fallback)?.[1] ?? '';
  const values = /: (.*)$/.exec(fallback)?.[1] ?? '';
  const params: Record<string, string> = { field, min: numberInMessage, max: numberInMessage, values, ...args } as Record<string, string>;
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
  return { fr: fill(template.fr), en: fill(template.en) };
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): { field: string; messages: Messages }[] {
  const out: { field: string; messages: Messages }[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    for (const [name, message] of Object.entries(e.constraints ?? {})) {
      out.push({ field, messages: constraintMessages(field, name, e, message) });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/** The one global pipe: unknown fields refused, types transformed, errors listed per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => commonError('VALIDATION_FAILED', {}, flattenValidationErrors(errors)),
  });
}
