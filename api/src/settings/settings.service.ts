import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BylawSettings } from '@concerto/contracts';
import { seatConfigurationProblems, totalSeats } from '@concerto/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { commonError, Messages } from '../common/app-error';
import { fieldMessages } from '../common/field-labels';
import { BylawSettingsEntity } from './bylaw-settings.entity';
import { UpdateBylawSettingsDto } from './dto/bylaw-settings.dto';
import { settingsFieldMessages } from './settings.errors';

const STREAM = 'settings';

/**
 * Taken by every change of the board's seat configuration (college seat counts, reserved youth
 * seats), so two concurrent changes cannot together break "youth seats ≤ board seats".
 */
export const SEAT_CONFIGURATION_LOCK = 727_003;

type SettingsValues = Omit<BylawSettings, 'updatedAt'>;

function values(e: BylawSettingsEntity): SettingsValues {
  return {
    noticePeriodDays: e.noticePeriodDays,
    quorumType: e.quorumType,
    quorumValue: e.quorumValue,
    proxiesAllowed: e.proxiesAllowed,
    maxProxiesPerDelegate: e.maxProxiesPerDelegate,
    delegatesPerMember: e.delegatesPerMember,
    voteWeighting: e.voteWeighting,
    termLengthYears: e.termLengthYears,
    staggeredTerms: e.staggeredTerms,
    youthReservedSeats: e.youthReservedSeats,
    youthMaxAge: e.youthMaxAge,
    electionMethod: e.electionMethod,
    boardQuorumType: e.boardQuorumType,
    boardQuorumValue: e.boardQuorumValue,
    assemblyPreset: e.assemblyPreset,
    speakerSeconds: e.speakerSeconds,
  };
}

/** The bylaw settings (règlements généraux): one row that every rule reads. */
@Injectable()
export class SettingsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The current settings, inside the caller's transaction when given one. */
  async current(em: EntityManager = this.ds.manager): Promise<BylawSettingsEntity> {
    return em.getRepository(BylawSettingsEntity).findOneByOrFail({ id: 1 });
  }

  async get(): Promise<BylawSettings> {
    const e = await this.current();
    return { ...values(e), updatedAt: e.updatedAt.toISOString() };
  }

  async update(actor: Actor, dto: UpdateBylawSettingsDto): Promise<BylawSettings> {
    await this.ds.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [SEAT_CONFIGURATION_LOCK]);
      const repo = em.getRepository(BylawSettingsEntity);
      const row = await repo.findOneOrFail({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
      const before = values(row);
      const next: SettingsValues = { ...before };
      for (const [key, value] of Object.entries(dto) as [keyof SettingsValues, never][]) {
        if (value !== undefined) next[key] = value;
      }
      // Turning proxies off without saying how many: none may be held.
      if (dto.proxiesAllowed === false && dto.maxProxiesPerDelegate === undefined) next.maxProxiesPerDelegate = 0;
      // Choosing the cooperative preset sets its defaults (the law's: no proxies, one member one
      // vote) unless the same request says otherwise, which the check below then refuses.
      if (dto.assemblyPreset === 'cooperative' && before.assemblyPreset !== 'cooperative') {
        if (dto.proxiesAllowed === undefined) next.proxiesAllowed = false;
        if (dto.maxProxiesPerDelegate === undefined) next.maxProxiesPerDelegate = 0;
        if (dto.voteWeighting === undefined) next.voteWeighting = 'per_member';
      }
      await this.check(em, next);
      if (JSON.stringify(next) === JSON.stringify(before)) return;
      Object.assign(row, next);
      await repo.save(row);
      await this.audit.append(em, STREAM, actor, { action: 'settings.updated', targetType: 'bylaw_settings', targetId: '1', before, after: next });
    });
    return this.get();
  }

  /** The rules that span several fields, each reported on the field to correct. */
  private async check(em: EntityManager, s: SettingsValues): Promise<void> {
    const fields: { field: string; messages: Messages }[] = [];
    if (!s.proxiesAllowed && s.maxProxiesPerDelegate > 0) fields.push({ field: 'maxProxiesPerDelegate', messages: fieldMessages('maxProxiesPerDelegate', settingsFieldMessages.proxiesNotAllowed) });
    if (s.assemblyPreset === 'cooperative' && s.proxiesAllowed) fields.push({ field: 'proxiesAllowed', messages: fieldMessages('proxiesAllowed', settingsFieldMessages.cooperativeNoProxies) });
    if (s.assemblyPreset === 'cooperative' && s.voteWeighting !== 'per_member') fields.push({ field: 'voteWeighting', messages: fieldMessages('voteWeighting', settingsFieldMessages.cooperativeOneMemberOneVote) });
    if (s.quorumType === 'percent' && s.quorumValue > 100) fields.push({ field: 'quorumValue', messages: fieldMessages('quorumValue', settingsFieldMessages.percentOver100) });
    if (s.boardQuorumType === 'percent' && s.boardQuorumValue > 100) fields.push({ field: 'boardQuorumValue', messages: fieldMessages('boardQuorumValue', settingsFieldMessages.percentOver100) });
    const colleges = await em.query<{ code: string; seatCount: number }[]>(`SELECT code, seat_count AS "seatCount" FROM colleges`);
    // Seat counts themselves are whole numbers ≥ 0 by the database's own check: any problem left
    // is the reserved youth seats exceeding the board.
    if (seatConfigurationProblems(colleges, s.youthReservedSeats).length > 0) {
      fields.push({
        field: 'youthReservedSeats',
        messages: fieldMessages('youthReservedSeats', settingsFieldMessages.youthSeatsOverBoard, { youth: s.youthReservedSeats, seats: totalSeats(colleges) }),
      });
    }
    // Nor fewer than the seats the board register already reserves (withdrawn seats do not count).
    const [{ reserved }] = await em.query<{ reserved: number }[]>(
      `SELECT count(*)::int AS reserved FROM board_seats s JOIN colleges c ON c.id = s.college_id WHERE s.youth_reserved AND s.number <= c.seat_count`,
    );
    if (s.youthReservedSeats < reserved && !fields.some((f) => f.field === 'youthReservedSeats')) {
      fields.push({
        field: 'youthReservedSeats',
        messages: fieldMessages('youthReservedSeats', settingsFieldMessages.youthSeatsUnderReserved, { youth: s.youthReservedSeats, reserved }),
      });
    }
    if (fields.length) throw commonError('VALIDATION_FAILED', {}, fields);
  }
}
