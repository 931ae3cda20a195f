/**
 * Live events of an assembly (issue 8), pushed to every screen over server-sent events. Each
 * carries the assembly's sequence number: a screen that reconnects sends the last one it saw
 * (`Last-Event-ID`) and receives what it missed, in order.
 */
import type { AssemblyAgendaItem, AssemblyKind, AssemblyLiveState, AssemblyQuorum, AssemblyStatus, FloorRequestKind, Speaker } from './assemblies';

export interface AssemblyEventBase {
  assemblyId: string;
  /** Gapless per assembly, in commit order. */
  seq: number;
  at: string;
}

export type AssemblyEventBody =
  | { type: 'assembly.status'; status: AssemblyStatus }
  | { type: 'attendance.changed'; quorum: AssemblyQuorum }
  | { type: 'agenda.changed'; currentItem: AssemblyAgendaItem | null }
  | { type: 'speakers.changed'; speakers: Speaker[] };

export type AssemblyEvent = AssemblyEventBase & AssemblyEventBody;
export type AssemblyEventType = AssemblyEventBody['type'];
/** Every type of live event (the SSE `event:` field). */
export const ASSEMBLY_EVENT_TYPES = ['assembly.status', 'attendance.changed', 'agenda.changed', 'speakers.changed'] as const satisfies readonly AssemblyEventType[];

/** The PostgreSQL channel carrying `{ assemblyId, seq }` from the replica that committed the event to every replica. */
export const ASSEMBLY_EVENTS_CHANNEL = 'concerto_assembly_events';

/** What the room display (the public link `/display/<token>`) reads: the assembly and its live state, speakers without person ids (`personId` is ''). */
export interface AssemblyDisplay {
  assembly: { id: string; kind: AssemblyKind; titleFr: string; titleEn: string; startsAt: string; place: string | null };
  live: AssemblyLiveState;
}

/** A new room display link: shown once (only its SHA-256 is kept); a new one revokes the previous. */
export interface AssemblyDisplayLink {
  token: string;
  /** The web app's path of the display: `/display/<token>`. */
  path: string;
}

/** Body of POST /api/assemblies/{id}/floor. */
export interface FloorRequest {
  kind: FloorRequestKind;
}

/** Body of PATCH /api/assemblies/{id}/session/items/{itemId}: the text under debate. */
export interface AgendaItemTextRequest {
  bodyFr?: string | null;
  bodyEn?: string | null;
}

/** Errors of the chair's console, the speakers list and the room display. */
export const ASSEMBLY_SESSION_ERROR_CODES = [
  'ASSEMBLY_NOT_FOUND',
  'AGENDA_ITEM_NOT_FOUND',
  'SPEAKER_NOT_FOUND',
  'DISPLAY_LINK_INVALID',
  'SESSION_NOT_CONVENED',
  'SESSION_NOT_IN_SESSION',
  'NO_NEXT_ITEM',
  'NO_PREVIOUS_ITEM',
  'NO_CURRENT_ITEM',
  'NOT_REGISTERED',
  'NOT_PRESENT',
  'FLOOR_ALREADY_ASKED',
  'FLOOR_NOT_ASKED',
  'NOBODY_WAITING',
  'SPEAKER_NOT_WAITING',
  'SPEAKER_NOT_SPEAKING',
] as const;
export type AssemblySessionErrorCode = (typeof ASSEMBLY_SESSION_ERROR_CODES)[number];
