import { Injectable } from '@nestjs/common';
import { ASSEMBLY_EVENTS_CHANNEL, type AssemblyEvent, type AssemblyEventBody } from '@concerto/contracts';
import type { EntityManager } from 'typeorm';

/**
 * Raises a live event of an assembly inside the change's own transaction: the event is numbered by
 * incrementing the assembly's `event_seq` (the row lock orders the events of one assembly by
 * commit, without gaps), stored for screens that reconnect, and announced with NOTIFY, which
 * PostgreSQL delivers to every replica only if and when the transaction commits.
 */
@Injectable()
export class AssemblyEventsPublisher {
  async publish(em: EntityManager, assemblyId: string, body: AssemblyEventBody): Promise<AssemblyEvent> {
    const [row] = await em.query<{ seq: string; at: Date }[]>(
      `WITH s AS (UPDATE assemblies SET event_seq = event_seq + 1 WHERE id = $1 RETURNING event_seq)
       INSERT INTO assembly_events (assembly_id, seq, type, payload) SELECT $1, s.event_seq, $2, $3 FROM s RETURNING seq, at`,
      [assemblyId, body.type, JSON.stringify(body)],
    );
    const seq = Number(row.seq);
    await em.query(`SELECT pg_notify($1, $2)`, [ASSEMBLY_EVENTS_CHANNEL, JSON.stringify({ assemblyId, seq })]);
    const event: AssemblyEvent = { ...body, assemblyId, seq, at: row.at.toISOString() };
    return event;
  }
}
