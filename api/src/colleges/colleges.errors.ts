import { defineErrors } from '../common/app-error';

export const collegesError = defineErrors({
  COLLEGE_NOT_FOUND: { status: 404, fr: 'Collège introuvable.', en: 'College not found.' },
  COLLEGE_CODE_TAKEN: { status: 409, fr: 'Un autre collège utilise déjà le code « {code} ».', en: 'Another college already uses the code "{code}".' },
});

export const collegesFieldMessages = {
  seatsBelowYouthReserved: {
    fr: 'seatCount : le conseil compterait {seats} sièges, moins que les {youth} sièges réservés à la jeunesse.',
    en: 'seatCount: the board would have {seats} seats, fewer than the {youth} seats reserved for youth.',
  },
};
