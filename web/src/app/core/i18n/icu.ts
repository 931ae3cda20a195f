import { IntlMessageFormat } from 'intl-messageformat';

export type MessageParams = Record<string, unknown> | undefined;

/**
 * One translation string as ICU MessageFormat ({count, plural, one {…} other {…}},
 * {gender, select, …}, {name}), interpreted by FormatJS's intl-messageformat: no code is
 * generated at run time, so the Content-Security-Policy needs no 'unsafe-eval'. Tags are text.
 */
export function compileMessage(message: string, language: string): (params?: MessageParams) => string {
  const format = new IntlMessageFormat(message, language, undefined, { ignoreTag: true });
  return (params) => String(format.format(params as Record<string, string | number | boolean | Date>));
}
