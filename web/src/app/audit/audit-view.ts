import type { AuditQuery } from '@concerto/contracts';
import type { ParamMap } from '@angular/router';

/** Kinds of action offered by the filter: the part of an action code before the dot. */
export const AUDIT_CATEGORIES = ['member', 'delegate', 'person', 'college', 'settings', 'board', 'board_meeting', 'board_resolution', 'action_item', 'assembly', 'assembly_registration', 'assembly_proxy', 'auth', 'audit'] as const;

/** Fields whose recorded values are enum codes, and the translation block that names them. */
const ENUM_FIELDS: Record<string, string> = {
  kind: 'enums.memberKind.',
  sector: 'enums.sector.',
  region: 'enums.region.',
  roles: 'enums.role.',
  preferredLanguage: 'enums.language.',
  quorumType: 'enums.quorumType.',
  voteWeighting: 'enums.voteWeighting.',
  electionMethod: 'enums.electionMethod.',
  boardQuorumType: 'enums.boardQuorumType.',
  decisionMode: 'enums.decisionMode.',
  standing: 'enums.standing.',
  office: 'enums.boardOffice.',
};

/** One recorded value, ready for the translate pipe: a key to translate, or text shown as is. */
export interface ShownValue {
  key?: string;
  text?: string;
}

export interface ChangeRow {
  field: string;
  before: ShownValue[] | null;
  after: ShownValue[] | null;
}

function shown(field: string, value: unknown): ShownValue[] | null {
  if (value === undefined) return null;
  if (value === null || value === '') return [{ key: 'audit.value.empty' }];
  if (typeof value === 'boolean') return [{ key: value ? 'audit.value.yes' : 'audit.value.no' }];
  const block = ENUM_FIELDS[field];
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ key: 'audit.value.empty' }];
    return value.flatMap((v) => shown(field, v) ?? []);
  }
  if (block && typeof value === 'string') return [{ key: `${block}${value}` }];
  if (typeof value === 'object') return [{ text: JSON.stringify(value) }];
  return [{ text: typeof value === 'string' ? value : (JSON.stringify(value) ?? '') }];
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The change an entry records, field by field: for an update only the fields that differ
 * (before → after); for a creation every recorded field.
 */
export function changeRows(before: unknown, after: unknown): ChangeRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((f) => ({ field: f, before: f in b ? shown(f, b[f]) : null, after: f in a ? shown(f, a[f]) : null }));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f-]{36}$/i;

/** The audit filters as they appear in the URL (unknown or malformed values are ignored). */
export function auditQueryFromParams(params: ParamMap, pageSize: number): AuditQuery & { page: number; pageSize: number } {
  const category = params.get('category');
  const page = Number(params.get('page'));
  return {
    category: category && (AUDIT_CATEGORIES as readonly string[]).includes(category) ? category : undefined,
    actorId: UUID.test(params.get('actorId') ?? '') ? params.get('actorId')! : undefined,
    targetType: params.get('targetType')?.slice(0, 60) || undefined,
    targetId: params.get('targetId')?.slice(0, 120) || undefined,
    from: DATE.test(params.get('from') ?? '') ? params.get('from')! : undefined,
    to: DATE.test(params.get('to') ?? '') ? params.get('to')! : undefined,
    q: params.get('q')?.trim().slice(0, 200) || undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize,
  };
}

/** URL query parameters for the filters (empty ones left out). */
export function auditQueryToParams(q: AuditQuery): Record<string, string | number | null> {
  return {
    category: q.category ?? null,
    actorId: q.actorId ?? null,
    targetType: q.targetType ?? null,
    targetId: q.targetId ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    q: q.q ?? null,
    page: q.page && q.page > 1 ? q.page : null,
  };
}
