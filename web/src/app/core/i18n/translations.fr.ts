import core from '../../../../public/i18n/fr/core.json';
import enums from '../../../../public/i18n/fr/enums.json';
import home from '../../../../public/i18n/fr/home.json';
import auth from '../../../../public/i18n/fr/auth.json';
import dashboard from '../../../../public/i18n/fr/dashboard.json';
import colleges from '../../../../public/i18n/fr/colleges.json';
import members from '../../../../public/i18n/fr/members.json';
import people from '../../../../public/i18n/fr/people.json';
import settings from '../../../../public/i18n/fr/settings.json';
import audit from '../../../../public/i18n/fr/audit.json';
import account from '../../../../public/i18n/fr/account.json';
import mail from '../../../../public/i18n/fr/mail.json';
import notFound from '../../../../public/i18n/fr/not-found.json';
import notAllowed from '../../../../public/i18n/fr/not-allowed.json';
import board from '../../../../public/i18n/fr/board.json';
import archive from '../../../../public/i18n/fr/archive.json';
import minutes from '../../../../public/i18n/fr/minutes.json';
import meetings from '../../../../public/i18n/fr/meetings.json';
import assemblies from '../../../../public/i18n/fr/assemblies.json';

/**
 * The French translations: built into the main bundle (French is the default language), no request at start-up.
 * One file per feature (web/public/i18n/fr/<feature>.json); a new feature adds its import here
 * and in the other language's file (web/src/i18n.spec.ts fails otherwise).
 */
export const FR_TRANSLATIONS = {
  ...core,
  ...enums,
  ...home,
  ...auth,
  ...dashboard,
  ...colleges,
  ...members,
  ...people,
  ...settings,
  ...audit,
  ...account,
  ...mail,
  ...notFound,
  ...notAllowed,
  ...board,
  ...archive,
  ...minutes,
  ...meetings,
  ...assemblies,
};
