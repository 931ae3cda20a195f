import type { AuthErrorCode } from '@concerto/contracts';
import { defineErrors } from '../common/app-error';

export const authError = defineErrors<AuthErrorCode>({
  INVALID_CREDENTIALS: { status: 401, fr: 'Courriel ou mot de passe incorrect.', en: 'Incorrect e-mail or password.' },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    fr: 'Trop de tentatives de connexion échouées. Réessayez dans {minutes} minutes.',
    en: 'Too many failed login attempts. Try again in {minutes} minutes.',
  },
  INVALID_REFRESH_TOKEN: { status: 401, fr: 'Session expirée. Reconnectez-vous.', en: 'Session expired. Please log in again.' },
  CROSS_SITE_REFUSED: {
    status: 403,
    fr: 'Requête refusée : elle ne vient pas de Concerto lui-même.',
    en: 'Request refused: it does not come from Concerto itself.',
  },
  WRONG_CURRENT_PASSWORD: { status: 400, fr: 'Le mot de passe actuel est incorrect.', en: 'The current password is incorrect.' },
  SAME_PASSWORD: { status: 400, fr: "Le nouveau mot de passe doit différer de l'actuel.", en: 'The new password must differ from the current one.' },
});
