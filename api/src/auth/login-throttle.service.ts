import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';

/**
 * Failed logins are counted per account and per address, in PostgreSQL so that every replica
 * sees the same counts. The per-address limit is far higher than the per-account one: a whole
 * assembly hall behind one router mistyping passwords does not lock itself out, while guessing
 * one account's password is stopped after a few tries from anywhere.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  static keys(email: string, address: string): { account: string; address: string } {
    return { account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` };
  }

  /** Minutes until the later lock ends, or 0 when neither key is locked. */
  async lockedMinutes(keys: { account: string; address: string }): Promise<number> {
    const [row] = await this.ds.query(
      `SELECT ceil(extract(epoch FROM max(locked_until) - now()) / 60)::int AS minutes
         FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`,
      [[keys.account, keys.address]],
    );
    return row?.minutes ?? 0;
  }

  async recordFailure(keys: { account: string; address: string }): Promise<void> {
    const window = `${this.settings.loginWindowMinutes} minutes`;
    const upsert = `
      INSERT INTO login_throttle AS t (key, failures, window_started_at, locked_until)
      VALUES ($1, 1, now(), CASE WHEN $2 <= 1 THEN now() + $3::interval END)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t.window_started_at < now() - $3::interval THEN 1 ELSE t.failures + 1 END,
        window_started_at = CASE WHEN t.window_started_at < now() - $3::interval THEN now() ELSE t.window_started_at END,
        locked_until = CASE
          WHEN (CASE WHEN t.window_started_at < now() - $3::interval THEN 1 ELSE t.failures + 1 END) >= $2 THEN now() + $3::interval
          ELSE t.locked_until END`;
    await this.ds.query(upsert, [keys.account, this.settings.loginMaxFailuresPerAccount, window]);
    await this.ds.query(upsert, [keys.address, this.settings.loginMaxFailuresPerAddress, window]);
  }

  /** A successful login clears the account's count (the address keeps its own). */
  async recordSuccess(keys: { account: string }): Promise<void> {
    await this.ds.query(`DELETE FROM login_throttle WHERE key = $1`, [keys.account]);
  }
}
