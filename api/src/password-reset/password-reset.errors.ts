import type { PasswordResetErrorCode } from '@concerto/contracts';
import { defineErrors } from '../common/app-error';

export const passwordResetError = defineErrors<PasswordResetErrorCode>({
  LINK_INVALID: {
    status: 400,
    fr: "Ce lien n'est pas valide. Vérifiez qu'il a été copié en entier, ou demandez-en un nouveau.",
    en: 'This link is not valid. Check that it was copied whole, or ask for a new one.',
  },
  LINK_EXPIRED: { status: 410, fr: 'Ce lien a expiré. Demandez-en un nouveau.', en: 'This link has expired. Ask for a new one.' },
  LINK_USED: {
    status: 410,
    fr: 'Ce lien a déjà servi. Connectez-vous avec votre mot de passe, ou demandez un nouveau lien.',
    en: 'This link was already used. Log in with your password, or ask for a new link.',
  },
  LINK_REPLACED: { status: 410, fr: 'Un lien plus récent a été envoyé : utilisez le dernier reçu.', en: 'A newer link was sent: use the latest one you received.' },
  TOO_MANY_REQUESTS: {
    status: 429,
    fr: 'Trop de demandes depuis cette adresse. Réessayez dans {minutes} minutes.',
    en: 'Too many requests from this address. Try again in {minutes} minutes.',
  },
  PERSON_INACTIVE: { status: 409, fr: 'Ce compte est désactivé : aucune invitation ne peut lui être envoyée.', en: 'This account is deactivated: no invitation can be sent to it.' },
});
