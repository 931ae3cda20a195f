import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type AssemblyDisplay, type AssemblyDisplayLink, type AssemblyKind } from '@concerto/contracts';
import { createHash, randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { assemblyDuties, requirePermission } from '../common/access';
import { commonError } from '../common/app-error';
import { assemblySessionError } from './assembly-session.errors';
import { displayLiveState, snapshotLiveState } from './live-state';
import { ASSEMBLIES_STREAM, lockAssembly } from './session-lock';

/** A display token: 32 random bytes, base64url (43 characters). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The room display (projector): a secret link that shows one assembly's live state and nothing
 * else, without an account. Only the SHA-256 of its token is kept; a new link revokes the old.
 */
@Injectable()
export class DisplayService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The chair of this assembly, or whoever edits assemblies (assemblies.write). */
  createLink(actor: Actor, assemblyId: string): Promise<AssemblyDisplayLink> {
    return this.ds.transaction(async (em) => {
      if (!can(actor.roles, 'assemblies.write')) {
        requirePermission(actor, 'assemblies.chair');
        if (!(await assemblyDuties(em, assemblyId, actor.id)).includes('chair')) throw commonError('FORBIDDEN');
      }
      await lockAssembly(em, assemblyId, false);
      const token = randomBytes(32).toString('base64url');
      const [before] = await em.query<{ had: boolean }[]>(`SELECT display_token_hash IS NOT NULL AS had FROM assemblies WHERE id = $1`, [assemblyId]);
      await em.query(`UPDATE assemblies SET display_token_hash = $2 WHERE id = $1`, [assemblyId, tokenHash(token)]);
      await this.audit.append(em, ASSEMBLIES_STREAM, actor, {
        action: 'assembly.display_link_created',
        targetType: 'assembly',
        targetId: assemblyId,
        after: { replacedPrevious: before.had },
      });
      return { token, path: `/display/${token}` };
    });
  }

  /** The assembly a display token opens; 404 for anything else (malformed, unknown, replaced). */
  async resolve(token: string): Promise<{ id: string; kind: AssemblyKind; title_fr: string; title_en: string; starts_at: Date; place: string | null; event_seq: string; hash: string }> {
    if (!TOKEN.test(token)) throw assemblySessionError('DISPLAY_LINK_INVALID');
    const [a] = await this.ds.query<{ id: string; kind: AssemblyKind; title_fr: string; title_en: string; starts_at: Date; place: string | null; event_seq: string }[]>(
      `SELECT id, kind, title_fr, title_en, starts_at, place, event_seq FROM assemblies WHERE display_token_hash = $1`,
      [tokenHash(token)],
    );
    if (!a) throw assemblySessionError('DISPLAY_LINK_INVALID');
    return { ...a, hash: tokenHash(token) };
  }

  async display(token: string): Promise<AssemblyDisplay> {
    const a = await this.resolve(token);
    const live = displayLiveState(await snapshotLiveState(this.ds, a.id));
    return { assembly: { id: a.id, kind: a.kind, titleFr: a.title_fr, titleEn: a.title_en, startsAt: a.starts_at.toISOString(), place: a.place }, live };
  }
}
