import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DashboardSummary } from '@concerto/contracts';
import { DataSource } from 'typeorm';
import { STANDING_SQL } from '../members/member-queries';

/**
 * The federation at a glance, in one query of aggregates. Youth delegates are counted from the
 * birth year as libs/domain `isYouth` does, with the age limit of the bylaw settings.
 */
const SUMMARY = `
  WITH standings AS (SELECT ${STANDING_SQL} AS standing FROM members m)
  SELECT
    (SELECT count(*) FROM standings)::int AS "memberCount",
    (SELECT count(*) FROM standings WHERE standing = 'good_standing')::int AS "goodStanding",
    (SELECT count(*) FROM standings WHERE standing = 'suspended')::int AS "suspended",
    (SELECT count(*) FROM standings WHERE standing = 'lapsed')::int AS "lapsed",
    (SELECT count(*) FROM colleges)::int AS "collegeCount",
    (SELECT coalesce(sum(seat_count), 0) FROM colleges)::int AS "seatCount",
    (SELECT count(*) FROM delegates WHERE ended_at IS NULL)::int AS "delegateCount",
    (SELECT count(*) FROM delegates d JOIN people p ON p.id = d.person_id
      WHERE d.ended_at IS NULL
        AND extract(year FROM current_date)::int - p.birth_year BETWEEN 0 AND (SELECT youth_max_age FROM bylaw_settings WHERE id = 1))::int AS "youthDelegateCount",
    (SELECT count(*) FROM delegate_requests WHERE status = 'pending')::int AS "pendingDelegateRequests"`;

interface SummaryRow {
  memberCount: number;
  goodStanding: number;
  suspended: number;
  lapsed: number;
  collegeCount: number;
  seatCount: number;
  delegateCount: number;
  youthDelegateCount: number;
  pendingDelegateRequests: number;
}

@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async summary(): Promise<DashboardSummary> {
    const [r] = await this.ds.query<SummaryRow[]>(SUMMARY);
    return {
      memberCount: r.memberCount,
      byStanding: { good_standing: r.goodStanding, suspended: r.suspended, lapsed: r.lapsed },
      collegeCount: r.collegeCount,
      seatCount: r.seatCount,
      delegateCount: r.delegateCount,
      youthDelegateCount: r.youthDelegateCount,
      pendingDelegateRequests: r.pendingDelegateRequests,
    };
  }
}
