import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { College } from '@concerto/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { commonError } from '../common/app-error';
import { fieldMessages } from '../common/field-labels';
import { isUniqueViolation } from '../common/db-errors';
import { SEAT_CONFIGURATION_LOCK } from '../settings/settings.service';
import { CollegeEntity } from './college.entity';
import { collegesError, collegesFieldMessages } from './colleges.errors';
import { CreateCollegeDto, UpdateCollegeDto } from './dto/college.dto';

const STREAM = 'membership';

function fields(c: CollegeEntity) {
  return { code: c.code, nameFr: c.nameFr, nameEn: c.nameEn, seatCount: c.seatCount, sortOrder: c.sortOrder };
}

const SELECT = `
  SELECT c.id, c.code, c.name_fr AS "nameFr", c.name_en AS "nameEn", c.seat_count AS "seatCount", c.sort_order AS "sortOrder",
         (SELECT count(*) FROM members m WHERE m.college_id = c.id)::int AS "memberCount"
    FROM colleges c`;

/** Electoral colleges: each holds board seats and groups member organizations. */
@Injectable()
export class CollegesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<College[]> {
    return this.ds.query(`${SELECT} ORDER BY c.sort_order, c.code`);
  }

  async get(id: string): Promise<College> {
    const [college] = await this.ds.query<College[]>(`${SELECT} WHERE c.id = $1`, [id]);
    if (!college) throw collegesError('COLLEGE_NOT_FOUND');
    return college;
  }

  async create(actor: Actor, dto: CreateCollegeDto): Promise<College> {
    const id = await this.codeUnique(dto.code, () =>
      this.ds.transaction(async (em) => {
        await em.query('SELECT pg_advisory_xact_lock($1)', [SEAT_CONFIGURATION_LOCK]);
        await this.refuseTakenCode(em, dto.code, null);
        const repo = em.getRepository(CollegeEntity);
        const [{ next }] = await em.query<{ next: number }[]>(`SELECT coalesce(max(sort_order), 0) + 1 AS next FROM colleges`);
        const saved = await repo.save(repo.create({ ...dto, sortOrder: dto.sortOrder ?? next }));
        await this.audit.append(em, STREAM, actor, { action: 'college.created', targetType: 'college', targetId: saved.id, after: fields(saved) });
        return saved.id;
      }),
    );
    return this.get(id);
  }

  async update(actor: Actor, id: string, dto: UpdateCollegeDto): Promise<College> {
    await this.codeUnique(dto.code ?? '', () =>
      this.ds.transaction(async (em) => {
        await em.query('SELECT pg_advisory_xact_lock($1)', [SEAT_CONFIGURATION_LOCK]);
        const repo = em.getRepository(CollegeEntity);
        const college = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!college) throw collegesError('COLLEGE_NOT_FOUND');
        if (dto.code !== undefined && dto.code !== college.code) await this.refuseTakenCode(em, dto.code, id);
        if (dto.seatCount !== undefined && dto.seatCount < college.seatCount) await this.keepYouthSeats(em, dto.seatCount - college.seatCount);
        const before = fields(college);
        Object.assign(college, Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)));
        const after = fields(college);
        if (JSON.stringify(before) === JSON.stringify(after)) return;
        await repo.save(college);
        await this.audit.append(em, STREAM, actor, { action: 'college.updated', targetType: 'college', targetId: id, before, after });
      }),
    );
    return this.get(id);
  }

  private async refuseTakenCode(em: EntityManager, code: string, exceptId: string | null): Promise<void> {
    const taken = await em.query<unknown[]>(`SELECT 1 FROM colleges WHERE code = $1 AND id IS DISTINCT FROM $2`, [code, exceptId]);
    if (taken.length) throw collegesError('COLLEGE_CODE_TAKEN', { code });
  }

  /** Fewer seats may not leave the board with fewer seats than those reserved for youth. */
  private async keepYouthSeats(em: EntityManager, change: number): Promise<void> {
    const [row] = await em.query<{ seats: number; youth: number }[]>(
      `SELECT (SELECT coalesce(sum(seat_count), 0) FROM colleges)::int AS seats, (SELECT youth_reserved_seats FROM bylaw_settings WHERE id = 1) AS youth`,
    );
    const seats = row.seats + change;
    if (seats < row.youth) {
      throw commonError('VALIDATION_FAILED', {}, [{ field: 'seatCount', messages: fieldMessages('seatCount', collegesFieldMessages.seatsBelowYouthReserved, { seats, youth: row.youth }) }]);
    }
  }

  /** The unique index settles a race the check above lost: still a 409, never a 500. */
  private async codeUnique<T>(code: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (isUniqueViolation(e, 'colleges_code_key')) throw collegesError('COLLEGE_CODE_TAKEN', { code });
      throw e;
    }
  }
}
