import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgendaItemTextRequest, AssemblyLiveState } from '@concerto/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { requireAssemblyDuty } from '../common/access';
import { AssemblyEventsPublisher } from '../realtime/assembly-events.publisher';
import { assemblySessionError } from './assembly-session.errors';
import { loadCurrentItem, loadLiveState, loadSpeakers } from './live-state';
import { ASSEMBLIES_STREAM, lockAssembly, type LockedAssembly } from './session-lock';

/**
 * The chair's console: opens and closes the session and runs the agenda in order. Each change
 * locks the assembly, is audited and raises its live events in the same transaction.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly events: AssemblyEventsPublisher,
  ) {}

  /** convened → in_session; the first item of the agenda becomes current. */
  open(actor: Actor, assemblyId: string): Promise<AssemblyLiveState> {
    return this.ds.transaction(async (em) => {
      await requireAssemblyDuty(em, actor, assemblyId, 'chair');
      const a = await lockAssembly(em, assemblyId, false);
      if (a.status !== 'convened') throw assemblySessionError('SESSION_NOT_CONVENED', { status: a.status });
      const [first] = await em.query<{ id: string }[]>(
        `SELECT id FROM assembly_agenda_items WHERE assembly_id = $1 AND status = 'pending' ORDER BY position LIMIT 1`,
        [assemblyId],
      );
      if (first) await em.query(`UPDATE assembly_agenda_items SET status = 'current' WHERE id = $1`, [first.id]);
      await em.query(`UPDATE assemblies SET status = 'in_session', opened_at = now(), current_item_id = $2 WHERE id = $1`, [assemblyId, first?.id ?? null]);
      await this.audit.append(em, ASSEMBLIES_STREAM, actor, {
        action: 'assembly.session_opened',
        targetType: 'assembly',
        targetId: assemblyId,
        before: { status: a.status },
        after: { status: 'in_session', currentItemId: first?.id ?? null },
      });
      await this.events.publish(em, assemblyId, { type: 'assembly.status', status: 'in_session' });
      await this.events.publish(em, assemblyId, { type: 'agenda.changed', currentItem: await loadCurrentItem(em, assemblyId) });
      return loadLiveState(em, assemblyId);
    });
  }

  /** in_session → closed: the current item is done, the speakers list closes. */
  close(actor: Actor, assemblyId: string): Promise<AssemblyLiveState> {
    return this.ds.transaction(async (em) => {
      await requireAssemblyDuty(em, actor, assemblyId, 'chair');
      const a = await lockAssembly(em, assemblyId);
      if (a.currentItemId) await em.query(`UPDATE assembly_agenda_items SET status = 'done' WHERE id = $1`, [a.currentItemId]);
      await em.query(`UPDATE assemblies SET status = 'closed', closed_at = now(), current_item_id = NULL WHERE id = $1`, [assemblyId]);
      const speakersClosed = await closeSpeakersList(em, assemblyId);
      await this.audit.append(em, ASSEMBLIES_STREAM, actor, {
        action: 'assembly.session_closed',
        targetType: 'assembly',
        targetId: assemblyId,
        before: { status: a.status, currentItemId: a.currentItemId },
        after: { status: 'closed', speakersClosed },
      });
      await this.events.publish(em, assemblyId, { type: 'assembly.status', status: 'closed' });
      await this.events.publish(em, assemblyId, { type: 'agenda.changed', currentItem: null });
      if (speakersClosed > 0) await this.events.publish(em, assemblyId, { type: 'speakers.changed', speakers: [] });
      return loadLiveState(em, assemblyId);
    });
  }

  /** The current item is done; the next pending one (in agenda order) becomes current. */
  next(actor: Actor, assemblyId: string): Promise<AssemblyLiveState> {
    return this.move(actor, assemblyId, 'next');
  }

  /** Back one item: the one before the current becomes current again, the current one pending. */
  previous(actor: Actor, assemblyId: string): Promise<AssemblyLiveState> {
    return this.move(actor, assemblyId, 'previous');
  }

  private move(actor: Actor, assemblyId: string, direction: 'next' | 'previous'): Promise<AssemblyLiveState> {
    return this.ds.transaction(async (em) => {
      await requireAssemblyDuty(em, actor, assemblyId, 'chair');
      const a = await lockAssembly(em, assemblyId);
      const target = await this.neighbour(em, a, direction);
      if (!target) throw assemblySessionError(direction === 'next' ? 'NO_NEXT_ITEM' : 'NO_PREVIOUS_ITEM');
      if (a.currentItemId) {
        await em.query(`UPDATE assembly_agenda_items SET status = $2 WHERE id = $1`, [a.currentItemId, direction === 'next' ? 'done' : 'pending']);
      }
      await em.query(`UPDATE assembly_agenda_items SET status = 'current' WHERE id = $1`, [target]);
      await em.query(`UPDATE assemblies SET current_item_id = $2 WHERE id = $1`, [assemblyId, target]);
      // The list of the item left behind closes: a new item, a new list.
      const speakersClosed = await closeSpeakersList(em, assemblyId);
      await this.audit.append(em, ASSEMBLIES_STREAM, actor, {
        action: direction === 'next' ? 'assembly.agenda_next' : 'assembly.agenda_previous',
        targetType: 'assembly',
        targetId: assemblyId,
        before: { currentItemId: a.currentItemId },
        after: { currentItemId: target, speakersClosed },
      });
      await this.events.publish(em, assemblyId, { type: 'agenda.changed', currentItem: await loadCurrentItem(em, assemblyId) });
      if (speakersClosed > 0) await this.events.publish(em, assemblyId, { type: 'speakers.changed', speakers: await loadSpeakers(em, assemblyId) });
      return loadLiveState(em, assemblyId);
    });
  }

  private async neighbour(em: EntityManager, a: LockedAssembly, direction: 'next' | 'previous'): Promise<string | null> {
    if (direction === 'next') {
      // The first pending item after the current one (or from the start when none is current).
      const [row] = await em.query<{ id: string }[]>(
        `SELECT i.id FROM assembly_agenda_items i
          WHERE i.assembly_id = $1 AND i.status = 'pending'
            AND i.position > coalesce((SELECT position FROM assembly_agenda_items WHERE id = $2), -2147483648)
          ORDER BY i.position LIMIT 1`,
        [a.id, a.currentItemId],
      );
      return row?.id ?? null;
    }
    if (!a.currentItemId) {
      const [row] = await em.query<{ id: string }[]>(`SELECT id FROM assembly_agenda_items WHERE assembly_id = $1 AND status = 'done' ORDER BY position DESC LIMIT 1`, [a.id]);
      return row?.id ?? null;
    }
    const [row] = await em.query<{ id: string }[]>(
      `SELECT i.id FROM assembly_agenda_items i
        WHERE i.assembly_id = $1 AND i.position < (SELECT position FROM assembly_agenda_items WHERE id = $2)
        ORDER BY i.position DESC LIMIT 1`,
      [a.id, a.currentItemId],
    );
    return row?.id ?? null;
  }

  /** The text under debate (shown on the room display); an event when it is the current item's. */
  updateItemText(actor: Actor, assemblyId: string, itemId: string, dto: AgendaItemTextRequest): Promise<AssemblyLiveState> {
    return this.ds.transaction(async (em) => {
      await requireAssemblyDuty(em, actor, assemblyId, 'chair');
      const a = await lockAssembly(em, assemblyId);
      const [before] = await em.query<{ body_fr: string | null; body_en: string | null }[]>(
        `SELECT body_fr, body_en FROM assembly_agenda_items WHERE id = $1 AND assembly_id = $2 FOR UPDATE`,
        [itemId, assemblyId],
      );
      if (!before) throw assemblySessionError('AGENDA_ITEM_NOT_FOUND');
      const after = {
        bodyFr: dto.bodyFr !== undefined ? dto.bodyFr : before.body_fr,
        bodyEn: dto.bodyEn !== undefined ? dto.bodyEn : before.body_en,
      };
      await em.query(`UPDATE assembly_agenda_items SET body_fr = $2, body_en = $3 WHERE id = $1`, [itemId, after.bodyFr, after.bodyEn]);
      await this.audit.append(em, ASSEMBLIES_STREAM, actor, {
        action: 'assembly.item_text_updated',
        targetType: 'assembly_agenda_item',
        targetId: itemId,
        before: { bodyFr: before.body_fr, bodyEn: before.body_en },
        after,
      });
      if (a.currentItemId === itemId) await this.events.publish(em, assemblyId, { type: 'agenda.changed', currentItem: await loadCurrentItem(em, assemblyId) });
      return loadLiveState(em, assemblyId);
    });
  }
}

/**
 * Closes the open speakers list of the assembly: whoever has the floor is done, those waiting are
 * withdrawn. Returns how many requests it closed.
 */
export async function closeSpeakersList(em: EntityManager, assemblyId: string): Promise<number> {
  const [{ n }] = await em.query<{ n: number }[]>(
    `WITH closed AS (
       UPDATE assembly_speakers SET status = CASE WHEN status = 'speaking' THEN 'done' ELSE 'withdrawn' END, ended_at = now()
        WHERE assembly_id = $1 AND status IN ('waiting', 'speaking') RETURNING 1)
     SELECT count(*)::int AS n FROM closed`,
    [assemblyId],
  );
  return n;
}
