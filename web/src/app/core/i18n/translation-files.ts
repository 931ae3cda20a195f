/**
 * One translation file per feature and language: web/public/i18n/<lang>/<file>.json, each
 * holding its feature's block ({"members": {...}}). A new feature adds its name here and its two
 * files; a test fails when a file exists that is not listed, or a listed one is missing.
 */
export const TRANSLATION_FILES = [
  'core',
  'enums',
  'home',
  'auth',
  'dashboard',
  'colleges',
  'members',
  'meetings',
  'people',
  'settings',
  'audit',
  'account',
  'mail',
  'not-found',
  'not-allowed',
] as const;
