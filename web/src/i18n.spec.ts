import { compileMessage } from './app/core/i18n/icu';
import { BOARD_QUORUM_TYPES, ELECTION_METHODS, LANGUAGES, MEMBER_KINDS, QUORUM_TYPES, REGIONS, ROLES, SECTORS, STANDINGS, VOTE_WEIGHTINGS } from '@concerto/contracts';
import { EN_TRANSLATIONS } from './app/core/i18n/translations.en';
import { FR_TRANSLATIONS } from './app/core/i18n/translations.fr';
import { leaves, loadTranslations } from './testing/translations';

const fr = leaves(loadTranslations('fr'));
const en = leaves(loadTranslations('en'));

describe('translation files', () => {
  it('builds every feature file of each language into the app (translations.fr.ts, translations.en.ts)', () => {
    expect(FR_TRANSLATIONS).toEqual(loadTranslations('fr'));
    expect(EN_TRANSLATIONS).toEqual(loadTranslations('en'));
  });

  it('has in English every key of the French file', () => {
    const missing = [...fr.keys()].filter((k) => !en.has(k));
    expect(missing).toEqual([]);
  });

  it('has in French every key of the English file', () => {
    const missing = [...en.keys()].filter((k) => !fr.has(k));
    expect(missing).toEqual([]);
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ])('has no empty value in %s', (_language, values) => {
    const empty = [...values].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses nested camelCase keys (no UPPER_SNAKE keys) outside enum codes', () => {
    const codes = ['enums.', 'audit.verify.reason.', 'audit.actions.', 'audit.targets.', 'audit.categories.'];
    const bad = [...fr.keys()].filter((k) => !codes.some((c) => k.startsWith(c)) && !/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/.test(k));
    expect(bad).toEqual([]);
  });

  it.each([
    ['role', ROLES],
    ['standing', STANDINGS],
    ['memberKind', MEMBER_KINDS],
    ['sector', SECTORS],
    ['region', REGIONS],
    ['language', LANGUAGES],
    ['quorumType', QUORUM_TYPES],
    ['voteWeighting', VOTE_WEIGHTINGS],
    ['electionMethod', ELECTION_METHODS],
    ['boardQuorumType', BOARD_QUORUM_TYPES],
  ] as const)('labels every %s of the contracts in both languages', (group, codes) => {
    const missing = codes.flatMap((code) => (['fr', 'en'] as const).filter((l) => !(l === 'fr' ? fr : en).has(`enums.${group}.${code}`)).map((l) => `${l}: enums.${group}.${code}`));
    expect(missing).toEqual([]);
  });

  it('names the 17 administrative regions by their official number and name', () => {
    expect(fr.get('enums.region.01')).toBe('01 Bas-Saint-Laurent');
    expect(fr.get('enums.region.17')).toBe('17 Centre-du-Québec');
    for (const region of REGIONS) expect(String(en.get(`enums.region.${region}`))).toMatch(new RegExp(`^${region} `));
  });

  it('says "En règle / Suspendu / Échu" for the standings in French', () => {
    expect(STANDINGS.map((s) => fr.get(`enums.standing.${s}`))).toEqual(['En règle', 'Suspendu', 'Échu']);
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('compiles every %s string as ICU MessageFormat (plural and select rules, {name} placeholders)', (language, values) => {
    const broken = [...values].flatMap(([key, value]) => {
      try {
        compileMessage(String(value), language);
        return [];
      } catch (e) {
        return [`${key}: ${(e as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('writes no "(s)", "(e)", "(ies)" plural shortcuts nor {{double}} placeholders in %s', (_language, values) => {
    const bad = [...values].filter(([, v]) => /\((s|e|es|ies)\)|\{\{/.test(String(v))).map(([k, v]) => `${k}: ${String(v)}`);
    expect(bad).toEqual([]);
  });

  it('counts organisations, people and entries as a reader expects in both languages', () => {
    const say = (language: 'fr' | 'en', key: string, params: Record<string, unknown>) =>
      compileMessage(String((language === 'fr' ? fr : en).get(key)), language)(params);
    expect([0, 1, 4].map((count) => say('fr', 'members.directory.count', { count }))).toEqual([
      'Aucune organisation trouvée',
      '1 organisation trouvée',
      '4 organisations trouvées',
    ]);
    expect([1, 2].map((count) => say('en', 'people.list.count', { count }))).toEqual(['1 person', '2 people']);
    expect([1, 2].map((count) => say('en', 'audit.count', { count }))).toEqual(['1 entry', '2 entries']);
    expect(say('fr', 'enums.standingCount.suspended', { count: 4 })).toBe('suspendues');
    expect(say('fr', 'members.directory.all', { gender: 'feminine' })).toBe('Toutes');
    expect(say('fr', 'members.directory.all', { gender: 'masculine' })).toBe('Tous');
  });
});
