import type { Standing } from './reference';

export interface DashboardSummary {
  memberCount: number;
  byStanding: Record<Standing, number>;
  collegeCount: number;
  seatCount: number;
  delegateCount: number;
  youthDelegateCount: number;
  /** Delegates' requests to add or replace a delegate awaiting the administrator. */
  pendingDelegateRequests: number;
}
