import type { PeopleErrorCode } from '@concerto/contracts';
import { defineErrors } from '../common/app-error';

export const peopleError = defineErrors<PeopleErrorCode>({
  PERSON_NOT_FOUND: { status: 404, fr: 'Personne introuvable.', en: 'Person not found.' },
  EMAIL_TAKEN: { status: 409, fr: 'Un compte utilise déjà cette adresse courriel.', en: 'An account already uses this e-mail address.' },
  DELEGATE_ROLE_BY_DESIGNATION: {
    status: 400,
    fr: "Le rôle de délégué·e vient d'une désignation par une organisation membre, pas d'une attribution directe.",
    en: 'The delegate role comes from a designation by a member organization, not from a direct grant.',
  },
  BOARD_MEMBER_ROLE_BY_SEAT: {
    status: 400,
    fr: "Le rôle de membre du conseil vient d'un siège au registre du conseil, pas d'une attribution directe.",
    en: 'The board member role comes from a seat in the board register, not from a direct grant.',
  },
  LAST_ADMIN: { status: 409, fr: 'Il doit rester au moins un administrateur actif.', en: 'At least one active administrator must remain.' },
});
