import type { CollegesErrorCode } from '@concerto/contracts';
import { defineErrors } from '../common/app-error';

export const collegesError = defineErrors<CollegesErrorCode>({
  COLLEGE_NOT_FOUND: { status: 404, fr: 'Collège introuvable.', en: 'College not found.' },
  COLLEGE_CODE_TAKEN: { status: 409, fr: 'Un autre collège utilise déjà le code « {code} ».', en: 'Another college already uses the code "{code}".' },
});

/** Field messages (fr and en); `{field}` is the field's quoted label, filled by `fieldMessages`. */
export const collegesFieldMessages = {
  seatsBelowYouthReserved: {
    fr: 'Le champ {field} ne peut être réduit ainsi : le conseil compterait {seats} sièges, moins que les {youth} sièges réservés à la jeunesse.',
    en: 'The field {field} cannot be lowered this far: the board would have {seats} seats, fewer than the {youth} seats reserved for youth.',
  },
};
