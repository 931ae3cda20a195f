import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { authError } from './auth.errors';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';

export interface ThrottleKeys {
  account: string;
  address: string;
}

/** The slots a login attempt holds: which window each one was taken in (to give it back). */
export interface ThrottleSlots {
  /** As PostgreSQL prints it (microseconds kept, so it compares exactly). */
  account: string;
  address: string;
}

/**
 * Login attempts are counted per account and per address, in PostgreSQL so that every replica
 * sees the same counts. An attempt takes a slot in both counters BEFORE its password is
 * verified, in one atomic step per key (`INSERT … ON CONFLICT DO UPDATE … WHERE count < limit`
 * locks the row, so concurrent attempts are counted one after the other): however many arrive
 * at once, no more than the limit are evaluated in a window; the others are refused unheard.
 * A failed attempt keeps its slot; a successful one gives back its own slot only, so it cannot
 * wipe out failures made at the same time.
 *
 * The per-address limit is far higher than the per-account one: a whole assembly hall behind one
 * router mistyping passwords does not lock itself out, while guessing one account's password is
 * stopped after a few tries from anywhere.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  static keys(email: string, address: string): ThrottleKeys {
    return { account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` };
  }

  /**
   * Takes one slot per key, or none at all: a refusal by either key throws TOO_MANY_ATTEMPTS
   * (and rolls back the slot already taken). Keys are always taken in the same order (account,
   * then address), so two attempts never wait on each other's rows in a cycle.
   */
  async acquire(keys: ThrottleKeys): Promise<ThrottleSlots> {
    const window = `${this.settings.loginWindowMinutes} minutes`;
    return this.ds.transaction(async (em) => {
      const take = async (key: string, limit: number): Promise<string> => {
        const rows = await em.query<{ window: string }[]>(
          `INSERT INTO login_throttle AS t (key, failures, window_started_at, locked_until)
           VALUES ($1, 1, now(), CASE WHEN $2 <= 1 THEN now() + $3::interval END)
           ON CONFLICT (key) DO UPDATE SET
             failures = CASE WHEN t.window_started_at <= now() - $3::interval THEN 1 ELSE t.failures + 1 END,
             window_started_at = CASE WHEN t.window_started_at <= now() - $3::interval THEN now() ELSE t.window_started_at END,
             locked_until = CASE
               WHEN t.window_started_at <= now() - $3::interval THEN CASE WHEN $2 <= 1 THEN now() + $3::interval END
               WHEN t.failures + 1 >= $2 THEN t.window_started_at + $3::interval
               ELSE NULL END
           WHERE t.window_started_at <= now() - $3::interval OR t.failures < $2
           RETURNING window_started_at::text AS window`,
          [key, limit, window],
        );
        if (rows[0]) return rows[0].window;
        const [row] = await em.query<{ minutes: number }[]>(
          `SELECT greatest(1, ceil(extract(epoch FROM window_started_at + $2::interval - now()) / 60))::int AS minutes FROM login_throttle WHERE key = $1`,
          [key, window],
        );
        throw authError('TOO_MANY_ATTEMPTS', { minutes: row?.minutes ?? this.settings.loginWindowMinutes });
      };
      const account = await take(keys.account, this.settings.loginMaxFailuresPerAccount);
      const address = await take(keys.address, this.settings.loginMaxFailuresPerAddress);
      return { account, address };
    });
  }

  /** A successful login gives back the slots it took, if their windows are still the current ones. */
  async release(keys: ThrottleKeys, slots: ThrottleSlots): Promise<void> {
    await this.ds.query(
      `UPDATE login_throttle SET failures = greatest(failures - 1, 0), locked_until = NULL
        WHERE (key = $1 AND window_started_at = $2::timestamptz) OR (key = $3 AND window_started_at = $4::timestamptz)`,
      [keys.account, slots.account, keys.address, slots.address],
    );
  }
}
