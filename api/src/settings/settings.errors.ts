import type { Messages } from '../common/app-error';

/**
 * Field messages of the bylaw settings rules that span several fields (fr and en); `{field}` is the
 * field's quoted label, filled by `fieldMessages`.
 */
export const settingsFieldMessages = {
  proxiesNotAllowed: {
    fr: 'Le champ {field} doit être 0 quand les procurations ne sont pas permises.',
    en: 'The field {field} must be 0 when proxies are not allowed.',
  },
  cooperativeNoProxies: {
    fr: 'Le champ {field} doit rester désactivé sous le préréglage coopératif : la Loi sur les coopératives ne permet pas les procurations.',
    en: 'The field {field} must stay off under the cooperative preset: the Cooperatives Act does not allow proxies.',
  },
  cooperativeOneMemberOneVote: {
    fr: 'Le champ {field} doit être « par membre » sous le préréglage coopératif : un membre, un vote.',
    en: 'The field {field} must be "per member" under the cooperative preset: one member, one vote.',
  },
  percentOver100: {
    fr: 'Le champ {field} ne peut dépasser 100 quand le quorum est un pourcentage.',
    en: 'The field {field} cannot exceed 100 when the quorum is a percentage.',
  },
  youthSeatsOverBoard: {
    fr: 'Le champ {field} ({youth}) dépasse le nombre de sièges du conseil ({seats}).',
    en: 'The field {field} ({youth}) exceeds the number of board seats ({seats}).',
  },
  youthSeatsUnderReserved: {
    fr: "Le champ {field} ({youth}) est inférieur au nombre de sièges déjà réservés à l'Aile jeunesse au registre du conseil ({reserved}) : retirez d'abord des réserves.",
    en: 'The field {field} ({youth}) is below the number of seats already reserved for the youth wing in the board register ({reserved}): remove reservations first.',
  },
} satisfies Record<string, Messages>;
