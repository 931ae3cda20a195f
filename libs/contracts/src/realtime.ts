/**
 * Live events of an assembly (issue 8), pushed to every screen over server-sent events. Each
 * carries the assembly's sequence number: a screen that reconnects sends the last one it saw
 * (`Last-Event-ID`) and receives what it missed, in order.
 */
import type { AssemblyAgendaItem, AssemblyQuorum, AssemblyStatus, Speaker } from './assemblies';

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

/** The PostgreSQL channel carrying `{ assemblyId, seq }` from the replica that committed the event to every replica. */
export const ASSEMBLY_EVENTS_CHANNEL = 'concerto_assembly_events';
