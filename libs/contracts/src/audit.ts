export interface AuditEntry {
  id: string;
  stream: string;
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface AuditQuery {
  action?: string;
  targetType?: string;
  targetId?: string;
  actorId?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditVerification {
  ok: boolean;
  streamsChecked: number;
  entriesChecked: number;
  /** The first broken link found, if any. */
  firstBroken: { stream: string; seq: number; id: string; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap' | 'head_mismatch' } | null;
}

export interface HealthResponse {
  status: 'ok' | 'error';
  database: 'up' | 'down';
  version: string;
}
