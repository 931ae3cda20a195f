import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';

/** Advisory lock of the clean-up: one replica at a time (the startup lock is 727_001). */
export const REFRESH_TOKEN_CLEANUP_LOCK = 727_002;

/**
 * Deletes refresh tokens past their expiry, whether used, revoked or never used: their row only
 * serves to detect a replay while the token could still be valid (auth.service.ts `refresh`),
 * and an expired token is refused either way. Runs every `refreshTokenCleanupMinutes` (0: never)
 * on every replica; the advisory lock lets one of them work and the others skip that round.
 */
@Injectable()
export class RefreshTokenCleanup implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RefreshTokenCleanup.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.settings.refreshTokenCleanupMinutes;
    if (minutes <= 0) return;
    this.timer = setInterval(() => {
      this.run().catch((e: unknown) => this.logger.error(`Refresh-token clean-up failed: ${e instanceof Error ? e.message : String(e)}`));
    }, minutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One round: the number of tokens deleted, or null when another replica holds the lock. */
  async run(): Promise<number | null> {
    return this.ds.transaction(async (em) => {
      const [{ locked }] = await em.query<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [REFRESH_TOKEN_CLEANUP_LOCK]);
      if (!locked) return null;
      const [{ deleted }] = await em.query<{ deleted: number }[]>(
        `WITH gone AS (DELETE FROM refresh_tokens WHERE expires_at < now() RETURNING 1) SELECT count(*)::int AS deleted FROM gone`,
      );
      if (deleted > 0) {
        await this.audit.append(em, 'maintenance', SYSTEM_ACTOR, { action: 'auth.refresh_tokens_purged', targetType: 'refresh_token', after: { deleted } });
      }
      return deleted;
    });
  }
}
