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
  /** An exact action code (`member.suspended`). */
  action?: string;
  /** A category: the part of the action code before the dot (`member`, `auth`…). */
  category?: string;
  targetType?: string;
  targetId?: string;
  actorId?: string;
  /** Inclusive calendar dates, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Words searched in the actor, the action and the recorded values. */
  q?: string;
  page?: number;
  pageSize?: number;
}

/** A person or organization named in an entry, resolved for display. */
export interface AuditParty {
  type: string;
  id: string;
  name: string;
}

/** An audit entry with its actor and target named (the audit screen's list). */
export interface AuditEntryView extends AuditEntry {
  actor: AuditParty | null;
  target: AuditParty | null;
  prevHash: string;
}

export interface AuditVerification {
  ok: boolean;
  streamsChecked: number;
  entriesChecked: number;
  /** The first broken link found, if any. */
  firstBroken: { stream: string; seq: number; id: string; reason: AuditBreak } | null;
}

/** `no_head`: entries of a stream that has no head row. `checkpoint_mismatch`: not what a signed checkpoint says. */
export type AuditBreak = 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap' | 'head_mismatch' | 'no_head' | 'checkpoint_mismatch';

export interface AuditHead {
  stream: string;
  seq: number;
  hash: string;
}

/** A signed checkpoint as listed. */
export interface AuditCheckpointSummary {
  id: string;
  createdAt: string;
  reason: string;
  streams: number;
  entries: number;
  keyId: string;
}

/**
 * A signed checkpoint as downloaded: `signature` is Ed25519 over the canonical JSON (keys sorted)
 * of `{ id, createdAt, reason, keyId, heads }`, in base64.
 */
export interface AuditCheckpointFile {
  format: 'concerto-audit-checkpoint/1';
  id: string;
  createdAt: string;
  reason: string;
  keyId: string;
  heads: AuditHead[];
  signature: string;
  /** The signer's public key (SPKI PEM), for convenience: verify against a key you trust. */
  publicKey: string;
}

export interface AuditPublicKey {
  keyId: string;
  algorithm: 'Ed25519';
  publicKey: string;
}

export interface HealthResponse {
  status: 'ok' | 'error';
  database: 'up' | 'down';
  version: string;
}
