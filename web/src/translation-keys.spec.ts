import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { PERMISSIONS } from '@concerto/contracts';
import { leaves, loadTranslations } from './testing/translations';

/**
 * Every translation key written in the app's templates and code exists in both languages:
 * literal keys piped through `translate`, keys held in code (route titles, navigation, field
 * lists), and prefixes completed at run time ('enums.sector.' + code) which must name a group.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(html|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const appDir = join(__dirname, 'app');
const sources = files(appDir).map((path) => ({ path: relative(__dirname, path), text: readFileSync(path, 'utf8') }));
const trees = { fr: loadTranslations('fr'), en: loadTranslations('en') };
const leafKeys = { fr: leaves(trees.fr), en: leaves(trees.en) };
const namespaces = Object.keys(trees.fr);
const permissions = new Set(Object.keys(PERMISSIONS));

function groupExists(tree: Record<string, unknown>, prefix: string): boolean {
  let node: unknown = tree;
  for (const part of prefix.replace(/\.$/, '').split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== null && typeof node === 'object';
}

/** Keys passed literally to the translate pipe: {{ 'a.b' | translate }}. */
function pipedKeys(): { file: string; key: string }[] {
  const found: { file: string; key: string }[] = [];
  const pipe = /'([^'\s]+)'\s*\)?\s*\|\s*translate\b/g;
  for (const { path, text } of sources) for (const m of text.matchAll(pipe)) found.push({ file: path, key: m[1] });
  return found;
}

/** Quoted strings that look like keys of a translation namespace ('members.fields.city'). */
function keyLikeStrings(): { file: string; key: string }[] {
  const found: { file: string; key: string }[] = [];
  const literal = /'([a-z][a-zA-Z]*(?:\.[a-zA-Z0-9_]+)+\.?)'/g;
  for (const { path, text } of sources) {
    for (const m of text.matchAll(literal)) {
      const key = m[1];
      if (namespaces.includes(key.split('.')[0]) && !permissions.has(key)) found.push({ file: path, key });
    }
  }
  return found;
}

describe('translation keys used by the app', () => {
  it('finds keys in the templates (the scan works)', () => {
    expect(pipedKeys().length).toBeGreaterThan(100);
  });

  it.each(['fr', 'en'] as const)('exist in %s.json', (language) => {
    const missing = [...pipedKeys(), ...keyLikeStrings()]
      .filter(({ key }) => (key.endsWith('.') ? !groupExists(trees[language], key) : !leafKeys[language].has(key)))
      .map(({ file, key }) => `${key} (${file})`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
