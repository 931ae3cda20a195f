import type { MeetingsErrorCode } from '@concerto/contracts';
import { defineErrors } from '../common/app-error';
import { DOCUMENT_CONTENT_ERRORS } from './document-type';

export const meetingsError = defineErrors<MeetingsErrorCode>({
  MEETING_NOT_FOUND: { status: 404, fr: 'Réunion du conseil introuvable.', en: 'Board meeting not found.' },
  MEETING_NOT_PLANNED: {
    status: 409,
    fr: "Cette réunion n'est plus prévue (elle a eu lieu ou a été annulée) : son ordre du jour et ses détails ne changent plus.",
    en: 'This meeting is no longer planned (it was held or cancelled): its agenda and details no longer change.',
  },
  MEETING_CANCELLED: { status: 409, fr: 'Cette réunion a été annulée.', en: 'This meeting was cancelled.' },
  AGENDA_ITEM_NOT_FOUND: { status: 404, fr: "Point de l'ordre du jour introuvable pour cette réunion.", en: 'Agenda item not found for this meeting.' },
  AGENDA_ITEM_HAS_RESOLUTIONS: {
    status: 409,
    fr: 'Ce point porte déjà des résolutions : il ne peut être retiré.',
    en: 'This item already carries resolutions: it cannot be removed.',
  },
  AGENDA_ORDER_MISMATCH: {
    status: 400,
    fr: "Le nouvel ordre doit nommer chaque point de l'ordre du jour une et une seule fois.",
    en: 'The new order must name every agenda item exactly once.',
  },
  DOCUMENT_NOT_FOUND: { status: 404, fr: 'Document introuvable pour cette réunion.', en: 'Document not found for this meeting.' },
  DOCUMENT_MISSING: {
    status: 400,
    fr: 'Joignez un fichier (champ « file » d’un envoi multipart/form-data).',
    en: 'Attach a file (field "file" of a multipart/form-data upload).',
  },
  ...DOCUMENT_CONTENT_ERRORS,
  NOT_A_SEAT_HOLDER: {
    status: 409,
    fr: "{name} n'occupe pas de siège au conseil à la date de la réunion.",
    en: '{name} does not hold a board seat at the date of the meeting.',
  },
  CONVOCATION_ALREADY_SENT: { status: 409, fr: 'La convocation à cette réunion a déjà été envoyée.', en: 'The convocation to this meeting was already sent.' },
  RESOLUTION_NOT_FOUND: { status: 404, fr: 'Résolution introuvable pour cette réunion.', en: 'Resolution not found for this meeting.' },
  RESOLUTION_DECIDED: { status: 409, fr: 'Cette résolution a déjà été tranchée : elle ne change plus.', en: 'This resolution was already decided: it no longer changes.' },
  QUORUM_NOT_MET: {
    status: 409,
    fr: "Le quorum n'est pas atteint ({present} présent·es, {required} requis·es) : aucune résolution ne peut être tranchée.",
    en: 'Quorum is not met ({present} present, {required} required): no resolution can be decided.',
  },
  NOT_PRESENT: { status: 409, fr: "{name} n'est pas inscrit·e comme présent·e à cette réunion.", en: '{name} is not recorded as present at this meeting.' },
  MOVER_IS_SECONDER: { status: 400, fr: 'La personne qui propose ne peut aussi appuyer la résolution.', en: 'The mover cannot also second the resolution.' },
  CONFLICT_OF_INTEREST: {
    status: 409,
    fr: "{name} a déclaré un conflit d'intérêts sur ce point : cette personne ne peut ni proposer, ni appuyer, ni voter.",
    en: '{name} declared a conflict of interest on this item: they may not move, second or vote.',
  },
  CONFLICT_ALREADY_DECLARED: { status: 409, fr: "Ce conflit d'intérêts est déjà déclaré.", en: 'This conflict of interest is already declared.' },
  DECISION_MODE_MISMATCH: {
    status: 400,
    fr: 'Une résolution au vote se tranche par les votes des membres ; par consensus, par son issue (adoptée ou rejetée).',
    en: "A resolution decided by vote takes the members' votes; by consensus, its outcome (adopted or rejected).",
  },
  NO_VOTES: { status: 400, fr: 'Inscrivez le vote d’au moins un membre présent.', en: 'Record the vote of at least one present member.' },
  DUPLICATE_VOTE: { status: 400, fr: 'Chaque membre ne vote qu’une fois.', en: 'Each member votes only once.' },
  ACTION_ITEM_NOT_FOUND: { status: 404, fr: 'Suivi introuvable.', en: 'Action item not found.' },
  PERSON_NOT_FOUND: { status: 404, fr: 'Personne introuvable.', en: 'Person not found.' },
});
