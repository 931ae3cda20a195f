import type { AssemblyEvent, AssemblyLiveState } from '@concerto/contracts';

/** What one event does to the live state: nothing when already seen, `gap` when events were missed (fetch the state again). */
export type EventOutcome = { kind: 'applied'; state: AssemblyLiveState } | { kind: 'stale' } | { kind: 'gap' };

/**
 * Applies one live event to the state a screen shows. Events carry the assembly's gapless
 * sequence number: one at or below the state's `seq` is already included (a replay after a
 * reconnection, or the snapshot was newer) and is ignored; one past `seq + 1` means some were
 * missed, and the caller reloads the whole state instead of showing a wrong one.
 */
export function applyLiveEvent(state: AssemblyLiveState, event: AssemblyEvent): EventOutcome {
  if (event.assemblyId !== state.assemblyId || event.seq <= state.seq) return { kind: 'stale' };
  if (event.seq > state.seq + 1) return { kind: 'gap' };
  const seq = event.seq;
  switch (event.type) {
    case 'assembly.status':
      return { kind: 'applied', state: { ...state, status: event.status, seq } };
    case 'attendance.changed':
      return { kind: 'applied', state: { ...state, quorum: event.quorum, seq } };
    case 'agenda.changed':
      return { kind: 'applied', state: { ...state, currentItem: event.currentItem, seq } };
    case 'speakers.changed':
      return { kind: 'applied', state: { ...state, speakers: event.speakers, seq } };
    default:
      // A kind of event this screen does not know yet (votes come later): only its number counts.
      return { kind: 'applied', state: { ...state, seq } };
  }
}

/** Reads one server-sent message: its JSON data, with the type and sequence taken from the SSE fields when the data lacks them. */
export function parseLiveMessage(message: { event?: string; id?: string; data: string }): AssemblyEvent | null {
  let body: unknown;
  try {
    body = JSON.parse(message.data);
  } catch {
    return null;
  }
  if (body === null || typeof body !== 'object') return null;
  const event = { ...(body as Record<string, unknown>) };
  if (typeof event['type'] !== 'string' && message.event) event['type'] = message.event;
  if (typeof event['seq'] !== 'number' && message.id !== undefined && /^\d+$/.test(message.id)) event['seq'] = Number(message.id);
  if (typeof event['type'] !== 'string' || typeof event['seq'] !== 'number' || typeof event['assemblyId'] !== 'string') return null;
  return event as unknown as AssemblyEvent;
}
