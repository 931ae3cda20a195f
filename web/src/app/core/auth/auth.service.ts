import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { can, type CurrentUser, type LoginRequest, type Permission, type TokenResponse } from '@concerto/contracts';
import { Observable, catchError, firstValueFrom, map, of, tap } from 'rxjs';
import { LanguageService } from '../i18n/language.service';
import { AuthApi } from './auth.api';
import { type ChannelLike, SessionSync } from './session-sync';

/**
 * The session: who is signed in and what their roles allow. The access token is kept in memory
 * only; the refresh token is an httpOnly cookie this code never sees. Refreshes are coordinated
 * across tabs by SessionSync.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(AuthApi);
  private readonly languages = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly currentUser = signal<CurrentUser | null>(null);
  private readonly sync = new SessionSync(
    {
      locks: typeof navigator !== 'undefined' && 'locks' in navigator ? (navigator.locks) : null,
      channel: typeof BroadcastChannel !== 'undefined' ? (new BroadcastChannel('concerto-session') as unknown as ChannelLike) : null,
      callRefresh: () => this.callRefresh(),
      now: () => Date.now(),
    },
    {
      onSession: (user) => this.currentUser.set(user),
      onSignedOut: (remote) => {
        this.currentUser.set(null);
        if (remote) void this.router.navigate(['/login'], { queryParams: { returnUrl: this.router.url } });
      },
    },
  );

  readonly user = this.currentUser.asReadonly();
  readonly loggedIn = computed(() => this.currentUser() !== null);

  can(permission: Permission): boolean {
    return can(this.currentUser()?.roles, permission);
  }

  get accessToken(): string | null {
    return this.sync.accessToken;
  }

  /** At start-up: the refresh cookie, if the browser holds a live one, restores the session. */
  async restore(): Promise<void> {
    // No session hint (set beside the httpOnly refresh cookie): nothing to restore, no request.
    if (!/(^|;\s*)concerto_session=/.test(this.document.cookie)) return;
    const token = await this.sync.refresh(null);
    if (token) await this.languages.applyPreference(this.currentUser()?.preferredLanguage ?? 'fr');
  }

  login(credentials: LoginRequest): Observable<CurrentUser> {
    return this.api.login(credentials).pipe(
      tap((response) => this.sync.signedIn(response)),
      tap((response) => void this.languages.applyPreference(response.user.preferredLanguage)),
      map((response) => response.user),
    );
  }

  /** A fresh access token after `stale` was refused (one refresh for all tabs), or null when the session is over. */
  refreshToken(stale: string | null): Promise<string | null> {
    return this.sync.refresh(stale);
  }

  /** Ends the session on the server, then forgets it here and in the other tabs whatever happens. */
  logout(): Observable<void> {
    return this.api.logout().pipe(
      catchError(() => of(undefined)),
      map(() => this.sync.signedOut()),
    );
  }

  /** After the user edited their account. */
  updateUser(user: CurrentUser): void {
    this.currentUser.set(user);
  }

  private callRefresh(): Promise<TokenResponse | null> {
    return firstValueFrom(this.api.refresh()).catch((error: unknown) => {
      if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) return null;
      throw error;
    });
  }
}
