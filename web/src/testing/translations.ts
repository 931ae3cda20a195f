import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

/** Test helpers over the translation files in web/public/i18n. */
export type Tree = { [key: string]: string | Tree };

export const I18N_DIR = join(__dirname, '..', '..', 'public', 'i18n');

/** The file names (without .json) of one language's folder. */
export function translationFiles(language: string): string[] {
  return readdirSync(join(I18N_DIR, language))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** One language's feature files merged, as the web app's loader merges them. */
export function loadTranslations(language: string): Tree {
  const all: Tree = {};
  for (const file of translationFiles(language)) {
    const part = JSON.parse(readFileSync(join(I18N_DIR, language, `${file}.json`), 'utf8')) as Tree;
    for (const [key, value] of Object.entries(part)) {
      if (key in all) throw new Error(`${language}/${file}.json repeats the top-level key "${key}"`);
      all[key] = value;
    }
  }
  return all;
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
