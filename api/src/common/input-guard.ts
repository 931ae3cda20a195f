import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { commonError, Messages } from './app-error';
import { fieldMessages, quotedRawName } from './field-labels';

/** Deeper than any request of this API: refused before class-transformer recurses into it. */
export const MAX_INPUT_DEPTH = 32;

/** U+0000 (PostgreSQL refuses it in text) or a UTF-16 surrogate without its pair. */
const FORBIDDEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const FORBIDDEN_CHARACTER: Messages = {
  fr: 'Le champ {field} contient un caractère interdit (caractère nul ou UTF-16 invalide).',
  en: 'The field {field} contains a forbidden character (NUL or invalid UTF-16).',
};

/** Whether a string holds a character no field may hold. */
export function hasForbiddenCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * Checks a request's body, query or path parameter before anything transforms it: no string (value
 * or field name) may hold a NUL or a lone surrogate (400 naming the field), and no value may nest
 * deeper than MAX_INPUT_DEPTH (400 BODY_TOO_DEEP). Iterative, so a deep value cannot overflow the stack.
 */
export function checkInput(value: unknown, root: string): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (hasForbiddenCharacter(v)) throw forbidden(path || 'body');
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) throw commonError('BODY_TOO_DEEP', { max: MAX_INPUT_DEPTH });
    for (const [key, child] of Object.entries(v)) {
      if (hasForbiddenCharacter(key)) throw forbidden(JSON.stringify(path ? `${path}.${key}` : key).slice(1, -1), true);
      const childPath = path ? `${path}.${key}` : key;
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
}

function forbidden(field: string, unnamed = false) {
  const quoted = unnamed ? quotedRawName(field) : undefined;
  return commonError('VALIDATION_FAILED', {}, [{ field, messages: fieldMessages(field, FORBIDDEN_CHARACTER, {}, quoted) }]);
}

/** The validation pipe, preceded by `checkInput` on bodies, queries and path parameters. */
export class CheckedValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      checkInput(value, metadata.type === 'param' ? (metadata.data ?? 'id') : '');
    }
    return super.transform(value, metadata);
  }
}
