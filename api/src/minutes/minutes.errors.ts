import type { MinutesErrorCode } from '@concerto/contracts';
import { defineErrors } from '../common/app-error';

export const minutesError = defineErrors<MinutesErrorCode>({
  MINUTES_NOT_FOUND: { status: 404, fr: 'Procès-verbal introuvable.', en: 'Minutes not found.' },
  MEETING_NOT_FOUND: { status: 404, fr: 'Réunion du conseil introuvable.', en: 'Board meeting not found.' },
  MEETING_NOT_HELD: {
    status: 409,
    fr: 'Cette réunion n’a pas encore eu lieu (ou a été annulée) : son procès-verbal ne peut être rédigé.',
    en: 'This meeting has not been held yet (or was cancelled): its minutes cannot be drafted.',
  },
  MINUTES_EXIST: { status: 409, fr: 'Cette réunion a déjà un procès-verbal.', en: 'This meeting already has minutes.' },
  MINUTES_NOT_DRAFT: {
    status: 409,
    fr: 'Ce procès-verbal n’est plus un brouillon : son texte ne change plus.',
    en: 'These minutes are no longer a draft: their text no longer changes.',
  },
  MINUTES_PUBLISHED: { status: 409, fr: 'Ce procès-verbal est publié : il ne change plus. Une correction se fait par un erratum.', en: 'These minutes are published: they never change. A correction is made by an erratum.' },
  MINUTES_NOT_SUBMITTED: { status: 409, fr: 'Seul un procès-verbal soumis peut être adopté.', en: 'Only submitted minutes can be adopted.' },
  MINUTES_NOT_ADOPTED: { status: 409, fr: 'Ce procès-verbal n’est pas adopté.', en: 'These minutes are not adopted.' },
  ADOPTION_RESOLUTION_NOT_FOUND: { status: 409, fr: 'Résolution introuvable.', en: 'Resolution not found.' },
  ADOPTION_RESOLUTION_NOT_ADOPTED: {
    status: 409,
    fr: 'Cette résolution n’a pas été adoptée : elle ne peut adopter un procès-verbal.',
    en: 'This resolution was not adopted: it cannot adopt minutes.',
  },
  ADOPTION_MEETING_NOT_LATER: {
    status: 409,
    fr: 'Le procès-verbal doit être adopté par une réunion tenue après celle qu’il relate.',
    en: 'The minutes must be adopted at a meeting held after the one they record.',
  },
  ADOPTION_NO_QUORUM: {
    status: 409,
    fr: 'La réunion de cette résolution n’avait pas le quorum ({present} présents, {required} requis) : elle ne peut adopter le procès-verbal.',
    en: 'The meeting of this resolution lacked quorum ({present} present, {required} required): it cannot adopt the minutes.',
  },
  ADOPTION_RESOLUTION_USED: { status: 409, fr: 'Cette résolution a déjà adopté un autre procès-verbal.', en: 'This resolution already adopted other minutes.' },
  NOT_A_SIGNER: {
    status: 403,
    fr: 'Seuls la présidence et le secrétariat en fonction signent le procès-verbal.',
    en: 'Only the current president and secretary sign the minutes.',
  },
  ALREADY_SIGNED: { status: 409, fr: 'Vous avez déjà signé ce procès-verbal.', en: 'You have already signed these minutes.' },
  SIGNER_PASSWORD_WRONG: { status: 400, fr: 'Mot de passe incorrect : la signature n’est pas enregistrée.', en: 'Wrong password: the signature is not recorded.' },
  SAME_SIGNER: {
    status: 409,
    fr: 'La présidence et le secrétariat doivent signer par deux personnes différentes.',
    en: 'The president and the secretary must be two different people.',
  },
  SIGNATURES_MISSING: {
    status: 409,
    fr: 'Le procès-verbal doit être signé par la présidence et le secrétariat avant d’être publié.',
    en: 'The minutes must be signed by the president and the secretary before they are published.',
  },
  ERRATUM_OF_UNPUBLISHED: { status: 409, fr: 'Un erratum corrige un procès-verbal publié.', en: 'An erratum corrects published minutes.' },
  FILE_NOT_FOUND: { status: 404, fr: 'Document PDF introuvable.', en: 'PDF document not found.' },
});
