import type { BoardErrorCode } from '@concerto/contracts';
import { defineErrors } from '../common/app-error';
import { isExclusionViolation, isUniqueViolation } from '../common/db-errors';

export const boardError = defineErrors<BoardErrorCode>({
  SEAT_NOT_FOUND: { status: 404, fr: 'Siège introuvable.', en: 'Seat not found.' },
  TERM_NOT_FOUND: { status: 404, fr: 'Mandat introuvable.', en: 'Term not found.' },
  OFFICER_NOT_FOUND: { status: 404, fr: 'Fonction de dirigeant·e introuvable.', en: 'Officer mandate not found.' },
  PERSON_NOT_FOUND: { status: 404, fr: 'Personne introuvable.', en: 'Person not found.' },
  PERSON_INACTIVE: { status: 409, fr: '{name} a un compte désactivé : réactivez-le avant de lui confier un siège.', en: '{name} has a deactivated account: reactivate it before giving them a seat.' },
  SEAT_WITHDRAWN: {
    status: 409,
    fr: "Ce siège n'existe plus (sièges de son collège aujourd'hui : {seats}). Il reste dans l'historique.",
    en: 'This seat no longer exists (seats of its college today: {seats}). It stays in the history.',
  },
  SEAT_TERM_OVERLAP: {
    status: 409,
    fr: 'Ce siège a déjà un mandat pendant cette période : terminez-le ou choisissez d’autres dates.',
    en: 'This seat already has a term during this period: end it or choose other dates.',
  },
  PERSON_HOLDS_SEAT: {
    status: 409,
    fr: 'Cette personne occupe déjà un autre siège pendant cette période : une personne ne peut occuper qu’un siège à la fois.',
    en: 'This person already holds another seat during this period: a person holds one seat at a time.',
  },
  HOLDER_NOT_YOUTH: {
    status: 409,
    fr: "Ce siège est réservé à l'Aile jeunesse : {name} n'en fait pas partie au début du mandat ({maxAge} ans et moins, selon l'année de naissance).",
    en: 'This seat is reserved for the youth wing: {name} is not part of it at the start of the term ({maxAge} and under, by birth year).',
  },
  YOUTH_SEATS_FULL: {
    status: 409,
    fr: "Sièges que les règlements réservent à l'Aile jeunesse : {limit}, tous déjà réservés. Retirez d'abord la réserve d'un autre siège.",
    en: 'Seats the bylaws reserve for the youth wing: {limit}, all already reserved. Unmark another seat first.',
  },
  TERM_ALREADY_ENDED: { status: 409, fr: 'Ce mandat a déjà pris fin le {endedOn}.', en: 'This term already ended on {endedOn}.' },
  NOT_BOARD_MEMBER: {
    status: 409,
    fr: "{name} n'occupe pas de siège au conseil aujourd'hui : seul un membre du conseil peut être nommé à une fonction.",
    en: '{name} does not hold a board seat today: only a board member can be named to an office.',
  },
  ALREADY_OFFICER: { status: 409, fr: '{name} occupe déjà une fonction au conseil : terminez-la d’abord.', en: '{name} already holds an office on the board: end it first.' },
  OFFICER_ALREADY_ENDED: { status: 409, fr: 'Cette fonction a déjà pris fin.', en: 'This office already ended.' },
  OFFICE_TAKEN: { status: 409, fr: 'Une autre nomination à cette fonction vient d’être faite : rechargez la page.', en: 'Someone else was just named to this office: reload the page.' },
});

/** Field messages (fr and en); `{field}` is the field's quoted label. */
export const boardFieldMessages = {
  endBeforeStart: {
    fr: 'Le champ {field} doit être postérieur au début du mandat ({startsOn}).',
    en: 'The field {field} must be after the start of the term ({startsOn}).',
  },
  endedOutsideTerm: {
    fr: 'Le champ {field} doit tomber pendant le mandat (du {startsOn} au {endsOn}).',
    en: 'The field {field} must fall within the term (from {startsOn} to {endsOn}).',
  },
  endBeforeEnded: {
    fr: 'Le champ {field} ne peut précéder la fin anticipée déjà inscrite ({endedOn}).',
    en: 'The field {field} cannot come before the early end already recorded ({endedOn}).',
  },
};

/** The database's refusals of the register mapped to their 409s; anything else rethrown. */
export function mapBoardConstraint(e: unknown): never {
  if (isExclusionViolation(e, 'board_terms_seat_no_overlap')) throw boardError('SEAT_TERM_OVERLAP');
  if (isExclusionViolation(e, 'board_terms_person_one_seat')) throw boardError('PERSON_HOLDS_SEAT');
  if (isUniqueViolation(e, 'board_officers_one_current_per_office')) throw boardError('OFFICE_TAKEN');
  throw e;
}
