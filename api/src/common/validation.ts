import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidateIf } from 'class-validator';
import { commonError, Messages } from './app-error';
import { CHOICE_PROMPTS, fieldMessages, quotedFieldLabel, quotedRawName } from './field-labels';
import { CheckedValidationPipe } from './input-guard';
import { valueLabels } from './value-labels';

/**
 * A field that may be left out of a partial update but, when sent, must be valid: unlike
 * `@IsOptional()`, `null` is checked (and refused) rather than let through to a NOT NULL column.
 */
export const OmittableNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

const LABEL_KEY = Symbol('concerto:field-label');

/**
 * Names the field's label and values under another key of field-labels.ts / value-labels.ts, when
 * the property's name means something else elsewhere: an assembly's `kind` is not a member's.
 */
export const LabelledAs =
  (key: string): PropertyDecorator =>
  (target, property) =>
    Reflect.defineMetadata(LABEL_KEY, key, target, property);

/** The key the field's label and values are looked up under (its `@LabelledAs`, else its name). */
function labelKey(e: ValidationError): string {
  const key: unknown = e.target ? Reflect.getMetadata(LABEL_KEY, e.target, e.property) : undefined;
  return typeof key === 'string' ? key : e.property;
}

/**
 * fr/en messages for class-validator constraints; `{field}` is the field's quoted human label
 * (« Nom légal » / "Legal name", as the form shows it, see field-labels.ts) — or, for a field not accepted, the name
 * as sent, since it has no label.
 */
const CONSTRAINTS: Record<string, Messages> = {
  isDefined: { fr: 'Le champ {field} est obligatoire.', en: 'The field {field} is required.' },
  isNotEmpty: { fr: 'Le champ {field} est obligatoire.', en: 'The field {field} is required.' },
  isString: { fr: 'Le champ {field} doit être un texte.', en: 'The field {field} must be text.' },
  isEmail: { fr: 'Le champ {field} doit être une adresse courriel valide.', en: 'The field {field} must be a valid e-mail address.' },
  isInt: { fr: 'Le champ {field} doit être un nombre entier.', en: 'The field {field} must be a whole number.' },
  isBoolean: { fr: 'Le champ {field} doit être vrai ou faux.', en: 'The field {field} must be true or false.' },
  isIn: { fr: 'Le champ {field} doit être une des valeurs : {values}.', en: 'The field {field} must be one of: {values}.' },
  isEnum: { fr: 'Le champ {field} doit être une des valeurs : {values}.', en: 'The field {field} must be one of: {values}.' },
  isUuid: { fr: 'Le champ {field} doit être un identifiant valide.', en: 'The field {field} must be a valid identifier.' },
  isISO8601: { fr: 'Le champ {field} doit être une date AAAA-MM-JJ.', en: 'The field {field} must be a date YYYY-MM-DD.' },
  isDateTime: {
    fr: 'Le champ {field} doit être une date et une heure valides (ex. 2026-12-03T18:30:00-05:00).',
    en: 'The field {field} must be a valid date and time (e.g. 2026-12-03T18:30:00-05:00).',
  },
  isCalendarDate: { fr: 'Le champ {field} doit être une date valide AAAA-MM-JJ.', en: 'The field {field} must be a valid date YYYY-MM-DD.' },
  isNeq: { fr: 'Le champ {field} doit compter 10 chiffres.', en: 'The field {field} must have 10 digits.' },
  isDateString: { fr: 'Le champ {field} doit être une date AAAA-MM-JJ.', en: 'The field {field} must be a date YYYY-MM-DD.' },
  matches: { fr: "Le champ {field} n'a pas le bon format.", en: 'The field {field} has the wrong format.' },
  min: { fr: 'Le champ {field} doit être supérieur ou égal à {min}.', en: 'The field {field} must be at least {min}.' },
  max: { fr: 'Le champ {field} doit être inférieur ou égal à {max}.', en: 'The field {field} must be at most {max}.' },
  minLength: { fr: 'Le champ {field} doit contenir au moins {min} caractères.', en: 'The field {field} must be at least {min} characters long.' },
  maxLength: { fr: 'Le champ {field} doit contenir au plus {max} caractères.', en: 'The field {field} must be at most {max} characters long.' },
  isArray: { fr: 'Le champ {field} doit être une liste.', en: 'The field {field} must be a list.' },
  arrayUnique: { fr: 'Le champ {field} ne doit pas contenir de doublons.', en: 'The field {field} must not contain duplicates.' },
  whitelistValidation: { fr: "Le champ {field} n'est pas accepté.", en: 'The field {field} is not accepted.' },
  isPostalCode: { fr: 'Le champ {field} doit être un code postal canadien (ex. H2X 1Y4).', en: 'The field {field} must be a Canadian postal code (e.g. H2X 1Y4).' },
  isPhoneNumber: { fr: 'Le champ {field} doit être un numéro de téléphone valide (ex. 514 555-1234).', en: 'The field {field} must be a valid phone number (e.g. 514 555-1234).' },
  isUrl: { fr: 'Le champ {field} doit être une adresse web valide (ex. https://exemple.org).', en: 'The field {field} must be a valid web address (e.g. https://example.org).' },
  isNumber: { fr: 'Le champ {field} doit être un nombre.', en: 'The field {field} must be a number.' },
};

/** Constraints whose failure, on a field chosen from a list, reads best as « Choisissez … ». */
const CHOICE_CONSTRAINTS = new Set(['isDefined', 'isNotEmpty', 'isUuid', 'isIn', 'isEnum', 'isString']);

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** `field` is the path reported; `label` the path its label and values are looked up under. */
function constraintMessages(field: string, label: string, name: string, error: ValidationError, fallback: string): Messages {
  const template = CONSTRAINTS[name];
  if (!template) return { fr: fallback, en: fallback };
  // A list field left empty, or a college that is not an identifier: say what to do.
  const prompt = Object.hasOwn(CHOICE_PROMPTS, label) ? CHOICE_PROMPTS[label] : undefined;
  if (prompt && CHOICE_CONSTRAINTS.has(name) && (isBlank(error.value) || name === 'isUuid')) return prompt;
  const args = (error.contexts?.[name] ?? {}) as Record<string, string | number>;
  // class-validator puts the constraint value in the English message only; recover it from there.
  const numberInMessage = /(-?\d+(\.\d+)?)/.exec(fallback)?.[1] ?? '';
  const codes = (/: (.*)$/.exec(fallback)?.[1] ?? '').split(', ').filter(Boolean);
  // The allowed values by their labels (« Coopérative, Réseau, … »), not their internal codes.
  const values = valueLabels(label, codes);
  const quoted = name === 'whitelistValidation' ? quotedRawName(field) : quotedFieldLabel(label); // a field not accepted has no label
  const params = { min: numberInMessage, max: numberInMessage, ...args };
  return {
    fr: fieldMessages(label, template, { ...params, values: values.fr }, quoted).fr,
    en: fieldMessages(label, template, { ...params, values: values.en }, quoted).en,
  };
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): { field: string; messages: Messages }[] {
  const out: { field: string; messages: Messages }[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const label = parent ? `${parent}.${labelKey(e)}` : labelKey(e);
    for (const [name, message] of Object.entries(e.constraints ?? {})) {
      out.push({ field, messages: constraintMessages(field, label, name, e, message) });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/**
 * The one global pipe: forbidden characters and deep nesting refused first (input-guard.ts),
 * unknown fields refused, types transformed, errors listed per field.
 */
export function createValidationPipe(): ValidationPipe {
  return new CheckedValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => commonError('VALIDATION_FAILED', {}, flattenValidationErrors(errors)),
  });
}
