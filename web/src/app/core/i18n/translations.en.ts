import core from '../../../../public/i18n/en/core.json';
import enums from '../../../../public/i18n/en/enums.json';
import home from '../../../../public/i18n/en/home.json';
import auth from '../../../../public/i18n/en/auth.json';
import dashboard from '../../../../public/i18n/en/dashboard.json';
import colleges from '../../../../public/i18n/en/colleges.json';
import members from '../../../../public/i18n/en/members.json';
import people from '../../../../public/i18n/en/people.json';
import settings from '../../../../public/i18n/en/settings.json';
import audit from '../../../../public/i18n/en/audit.json';
import account from '../../../../public/i18n/en/account.json';
import mail from '../../../../public/i18n/en/mail.json';
import notFound from '../../../../public/i18n/en/not-found.json';
import notAllowed from '../../../../public/i18n/en/not-allowed.json';
import board from '../../../../public/i18n/en/board.json';
import archive from '../../../../public/i18n/en/archive.json';
import minutes from '../../../../public/i18n/en/minutes.json';
import meetings from '../../../../public/i18n/en/meetings.json';
import assemblies from '../../../../public/i18n/en/assemblies.json';

/**
 * The English translations: one lazily loaded chunk, fetched when English is chosen.
 * One file per feature (web/public/i18n/en/<feature>.json); a new feature adds its import here
 * and in the other language's file (web/src/i18n.spec.ts fails otherwise).
 */
export const EN_TRANSLATIONS = {
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
