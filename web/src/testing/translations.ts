import { readFileSync } from 'fs';
import { join } from 'path';

/** Test helpers over the translation files in web/public/i18n. */
export type Tree = { [key: string]: string | Tree };

export function loadTranslations(language: string): Tree {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'public', 'i18n', `${language}.json`), 'utf8')) as Tree;
}

/** Every leaf key, dotted ("members.directory.title"), with its value. */
export function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}
