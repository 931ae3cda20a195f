import type { AssemblySessionErrorCode } from '@concerto/contracts';
import { defineErrors } from '../common/app-error';

export const assemblySessionError = defineErrors<AssemblySessionErrorCode>({
  ASSEMBLY_NOT_FOUND: { status: 404, fr: 'Assemblée introuvable.', en: 'Assembly not found.' },
  AGENDA_ITEM_NOT_FOUND: { status: 404, fr: "Point de l'ordre du jour introuvable pour cette assemblée.", en: 'Agenda item not found for this assembly.' },
  SPEAKER_NOT_FOUND: { status: 404, fr: 'Demande de parole introuvable pour cette assemblée.', en: 'Request for the floor not found for this assembly.' },
  DISPLAY_LINK_INVALID: {
    status: 404,
    fr: "Ce lien d'affichage n'est pas valide (il a peut-être été remplacé par un nouveau).",
    en: 'This display link is not valid (it may have been replaced by a new one).',
  },
  SESSION_NOT_CONVENED: {
    status: 409,
    fr: "Seule une assemblée convoquée peut être ouverte (celle-ci est à l'état : {status}).",
    en: 'Only a convened assembly can be opened (this one is: {status}).',
  },
  SESSION_NOT_IN_SESSION: {
    status: 409,
    fr: "L'assemblée n'est pas en cours : ouvrez la séance d'abord (ou elle est déjà levée).",
    en: 'The assembly is not in session: open it first (or it is already closed).',
  },
  NO_NEXT_ITEM: { status: 409, fr: "Il n'y a plus de point à l'ordre du jour : levez la séance.", en: 'No item is left on the agenda: close the session.' },
  NO_PREVIOUS_ITEM: { status: 409, fr: "Il n'y a pas de point précédent à l'ordre du jour.", en: 'There is no previous item on the agenda.' },
  NO_CURRENT_ITEM: { status: 409, fr: "Aucun point de l'ordre du jour n'est en cours : la parole ne peut être demandée.", en: 'No agenda item is under way: the floor cannot be asked.' },
  NOT_REGISTERED: { status: 403, fr: "Vous n'êtes pas inscrit·e à cette assemblée.", en: 'You are not registered in this assembly.' },
  NOT_PRESENT: {
    status: 409,
    fr: "Vous n'êtes pas enregistré·e comme présent·e : passez à l'accueil (ou connectez-vous en ligne) avant de demander la parole.",
    en: 'You are not checked in: see the credentials desk (or join online) before asking for the floor.',
  },
  FLOOR_ALREADY_ASKED: { status: 409, fr: 'Vous avez déjà demandé la parole (ou vous l’avez).', en: 'You already asked for the floor (or you have it).' },
  FLOOR_NOT_ASKED: { status: 409, fr: "Vous n'avez pas de demande de parole en attente.", en: 'You have no request for the floor waiting.' },
  NOBODY_WAITING: { status: 409, fr: "Personne n'attend la parole.", en: 'Nobody is waiting for the floor.' },
  SPEAKER_NOT_WAITING: { status: 409, fr: "Cette demande de parole n'est plus en attente.", en: 'This request for the floor is no longer waiting.' },
  SPEAKER_NOT_SPEAKING: { status: 409, fr: "Cette personne n'a pas la parole.", en: 'This person does not have the floor.' },
});
