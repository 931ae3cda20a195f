import { Injectable } from '@angular/core';

const REFRESH_KEY = 'concerto.refreshToken';

/**
 * Where the tokens live: the short-lived access token in memory only, the rotating refresh
 * token in localStorage so a reload keeps the session (it is replaced on every refresh).
 */
@Injectable({ providedIn: 'root' })
export class TokenStorage {
  private accessToken: string | null = null;
  private accessExpiresAt = 0;

  get access(): string | null {
    return this.accessToken;
  }

  get refresh(): string | null {
    return localStorage.getItem(REFRESH_KEY);
  }

  /** True when the access token is missing or expires within the next 10 seconds. */
  get accessExpired(): boolean {
    return this.accessToken === null || Date.now() > this.accessExpiresAt - 10_000;
  }

  store(accessToken: string, expiresInSeconds: number, refreshToken: string): void {
    this.accessToken = accessToken;
    this.accessExpiresAt = Date.now() + expiresInSeconds * 1000;
    localStorage.setItem(REFRESH_KEY, refreshToken);
  }

  clear(): void {
    this.accessToken = null;
    this.accessExpiresAt = 0;
    localStorage.removeItem(REFRESH_KEY);
  }
}
