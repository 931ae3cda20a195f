import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssemblyLiveState, FloorRequestKind, SpeakerStatus } from '@concerto/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { assemblyRegistration, requireAssemblyDuty } from '../common/access';
import { isUniqueViolation } from '../common/db-errors';
import { AssemblyEventsPublisher } from '../realtime/assembly-events.publisher';
import { assemblySessionError } from './assembly-session.errors';
import { loadLiveState, loadSpeakers, requireVisibleAssembly } from './live-state';
import { ASSEMBLIES_STREAM, lockAssembly } from './session-lock';

interface SpeakerRow {
  id: string;
  person_id: string;
  status: SpeakerStatus;
}

/**
 * The speakers list of the item under way: a delegate present asks for the floor (once: the
 * database's partial unique index decides between simultaneous asks), the chair gives it in
 * order, ends it, or removes a request. Every change is audited and sends the whole list.
 */
@Injectable()
export class SpeakersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly events: AssemblyEventsPublisher,
  ) {}

  /** A delegate registered in this assembly and present asks for the floor on the current item. */
  async ask(actor: Actor, assemblyId: string, kind: FloorRequestKind): Promise<AssemblyLiveState> {
    try {
      return await this.ds.transaction(async (em) => {
        await requireVisibleAssembly(em, actor, assemblyId);
        const a = await lockAssembly(em, assemblyId, false);
        const registration = await assemblyRegistration(em, assemblyId, actor.id);
        if (!registration) throw assemblySessionError('NOT_REGISTERED');
        if (a.status !== 'in_session') throw assemblySessionError('SESSION_NOT_IN_SESSION');
        if (!registration.present) throw assemblySessionError('NOT_PRESENT');
        if (!a.currentItemId) throw assemblySessionError('NO_CURRENT_ITEM');
        const [row] = await em.query<{ id: string }[]>(
          `INSERT INTO assembly_speakers (assembly_id, agenda_item_id, person_id, registration_id, kind, status, requested_at)
           VALUES ($1, $2, $3, $4, $5, 'waiting', clock_timestamp()) RETURNING id`,
          [assemblyId, a.currentItemId, actor.id, registration.id, kind],
        );
        await this.audit.append(em, ASSEMBLIES_STREAM, actor, {
          action: 'assembly.floor_asked',
          targetType: 'assembly_speaker',
          targetId: row.id,
          after: { assemblyId, agendaItemId: a.currentItemId, kind },
        });
        return this.changed(em, assemblyId);
      });
    } catch (e) {
      if (isUniqueViolation(e, 'assembly_speakers_one_open')) throw assemblySessionError('FLOOR_ALREADY_ASKED');
      throw e;
    }
  }

  /** The delegate withdraws their own request while it waits. */
  withdraw(actor: Actor, assemblyId: string): Promise<AssemblyLiveState> {
    return this.ds.transaction(async (em) => {
      await requireVisibleAssembly(em, actor, assemblyId);
      await lockAssembly(em, assemblyId);
      const [row] = await em.query<{ id: string }[]>(
        `WITH w AS (UPDATE assembly_speakers SET status = 'withdrawn', ended_at = now() WHERE assembly_id = $1 AND person_id = $2 AND status = 'waiting' RETURNING id) SELECT id FROM w`,
        [assemblyId, actor.id],
      );
      if (!row) throw assemblySessionError('FLOOR_NOT_ASKED');
      await this.audit.append(em, ASSEMBLIES_STREAM, actor, { action: 'assembly.floor_withdrawn', targetType: 'assembly_speaker', targetId: row.id, before: { status: 'waiting' }, after: { status: 'withdrawn' } });
      return this.changed(em, assemblyId);
    });
  }

  /** The chair: whoever speaks is done, the first waiting (in speaking order) gets the floor. */
  next(actor: Actor, assemblyId: string): Promise<AssemblyLiveState> {
    return this.ds.transaction(async (em) => {
      await requireAssemblyDuty(em, actor, assemblyId, 'chair');
      await lockAssembly(em, assemblyId);
      const first = (await loadSpeakers(em, assemblyId)).find((s) => s.status === 'waiting');
      if (!first) throw assemblySessionError('NOBODY_WAITING');
      return this.giveFloor(em, actor, assemblyId, first.id);
    });
  }

  /** The chair gives the floor to this waiting request (out of order if they choose). */
  give(actor: Actor, assemblyId: string, speakerId: string): Promise<AssemblyLiveState> {
    return this.ds.transaction(async (em) => {
      await requireAssemblyDuty(em, actor, assemblyId, 'chair');
      await lockAssembly(em, assemblyId);
      const s = await this.speaker(em, assemblyId, speakerId);
      if (s.status !== 'waiting') throw assemblySessionError('SPEAKER_NOT_WAITING');
      return this.giveFloor(em, actor, assemblyId, speakerId);
    });
  }

  /** The chair ends this speaker's turn. */
  end(actor: Actor, assemblyId: string, speakerId: string): Promise<AssemblyLiveState> {
    return this.ds.transaction(async (em) => {
      await requireAssemblyDuty(em, actor, assemblyId, 'chair');
      await lockAssembly(em, assemblyId);
      const s = await this.speaker(em, assemblyId, speakerId);
      if (s.status !== 'speaking') throw assemblySessionError('SPEAKER_NOT_SPEAKING');
      await em.query(`UPDATE assembly_speakers SET status = 'done', ended_at = now() WHERE id = $1`, [speakerId]);
      await this.audit.append(em, ASSEMBLIES_STREAM, actor, { action: 'assembly.speaker_ended', targetType: 'assembly_speaker', targetId: speakerId, before: { status: 'speaking' }, after: { status: 'done' } });
      return this.changed(em, assemblyId);
    });
  }

  /** The chair removes a request that waits. */
  remove(actor: Actor, assemblyId: string, speakerId: string): Promise<AssemblyLiveState> {
    return this.ds.transaction(async (em) => {
      await requireAssemblyDuty(em, actor, assemblyId, 'chair');
      await lockAssembly(em, assemblyId);
      const s = await this.speaker(em, assemblyId, speakerId);
      if (s.status !== 'waiting') throw assemblySessionError('SPEAKER_NOT_WAITING');
      await em.query(`UPDATE assembly_speakers SET status = 'withdrawn', ended_at = now() WHERE id = $1`, [speakerId]);
      await this.audit.append(em, ASSEMBLIES_STREAM, actor, {
        action: 'assembly.speaker_removed',
        targetType: 'assembly_speaker',
        targetId: speakerId,
        before: { status: 'waiting', personId: s.person_id },
        after: { status: 'withdrawn' },
      });
      return this.changed(em, assemblyId);
    });
  }

  private async speaker(em: EntityManager, assemblyId: string, speakerId: string): Promise<SpeakerRow> {
    const [s] = await em.query<SpeakerRow[]>(`SELECT id, person_id, status FROM assembly_speakers WHERE id = $1 AND assembly_id = $2`, [speakerId, assemblyId]);
    if (!s) throw assemblySessionError('SPEAKER_NOT_FOUND');
    return s;
  }

  private async giveFloor(em: EntityManager, actor: Actor, assemblyId: string, speakerId: string): Promise<AssemblyLiveState> {
    const [ended] = await em.query<{ id: string }[]>(
      `WITH e AS (UPDATE assembly_speakers SET status = 'done', ended_at = now() WHERE assembly_id = $1 AND status = 'speaking' RETURNING id) SELECT id FROM e`,
      [assemblyId],
    );
    await em.query(`UPDATE assembly_speakers SET status = 'speaking', started_at = now() WHERE id = $1`, [speakerId]);
    await this.audit.append(em, ASSEMBLIES_STREAM, actor, {
      action: 'assembly.speaker_started',
      targetType: 'assembly_speaker',
      targetId: speakerId,
      before: { status: 'waiting', speakingBefore: ended?.id ?? null },
      after: { status: 'speaking' },
    });
    return this.changed(em, assemblyId);
  }

  private async changed(em: EntityManager, assemblyId: string): Promise<AssemblyLiveState> {
    await this.events.publish(em, assemblyId, { type: 'speakers.changed', speakers: await loadSpeakers(em, assemblyId) });
    return loadLiveState(em, assemblyId);
  }
}
