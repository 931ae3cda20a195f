import type { Messages } from '../common/app-error';

/** Field messages of the bylaw settings rules that span several fields (fr and en). */
export const settingsFieldMessages = {
  proxiesNotAllowed: {
    fr: 'maxProxiesPerDelegate doit être 0 quand les procurations ne sont pas permises.',
    en: 'maxProxiesPerDelegate must be 0 when proxies are not allowed.',
  },
  percentOver100: { fr: 'quorumValue ne peut dépasser 100 quand le quorum est un pourcentage.', en: 'quorumValue cannot exceed 100 when the quorum is a percentage.' },
  youthSeatsOverBoard: {
    fr: 'youthReservedSeats ({youth}) dépasse le nombre de sièges du conseil ({seats}).',
    en: 'youthReservedSeats ({youth}) exceeds the number of board seats ({seats}).',
  },
} satisfies Record<string, Messages>;
