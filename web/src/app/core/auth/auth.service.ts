import { Injectable, computed, inject, signal } from '@angular/core';
import { can, type CurrentUser, type LoginRequest, type Permission, type TokenResponse } from '@concerto/contracts';
import { Observable, catchError, finalize, firstValueFrom, map, of, shareReplay, tap } from 'rxjs';
import { LanguageService } from '../i18n/language.service';
import { AuthApi } from './auth.api';
import { TokenStorage } from './token-storage';

/** The session: who is signed in, their tokens, and what their roles allow. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(AuthApi);
  private readonly tokens = inject(TokenStorage);
  private readonly languages = inject(LanguageService);
  private readonly currentUser = signal<CurrentUser | null>(null);
  private refreshing: Observable<string | null> | null = null;

  readonly user = this.currentUser.asReadonly();
  readonly loggedIn = computed(() => this.currentUser() !== null);

  can(permission: Permission): boolean {
    return can(this.currentUser()?.roles, permission);
  }

  get accessToken(): string | null {
    return this.tokens.access;
  }

  /** At start-up: a stored refresh token restores the session (and fetches the user). */
  async restore(): Promise<void> {
    if (!this.tokens.refresh) return;
    const token = await firstValueFrom(this.refresh());
    if (token) await this.languages.applyPreference(this.currentUser()?.preferredLanguage ?? 'fr');
  }

  login(credentials: LoginRequest): Observable<CurrentUser> {
    return this.api.login(credentials).pipe(
      tap((response) => this.accept(response)),
      tap((response) => void this.languages.applyPreference(response.user.preferredLanguage)),
      map((response) => response.user),
    );
  }

  /**
   * Exchanges the refresh token for a new pair (the refresh token rotates, the new one is kept).
   * Concurrent callers share one request. Emits the new access token, or null when the session
   * is over (then it is cleared).
   */
  refresh(): Observable<string | null> {
    const refreshToken = this.tokens.refresh;
    if (!refreshToken) return of(null);
    this.refreshing ??= this.api.refresh({ refreshToken }).pipe(
      tap((response) => this.accept(response)),
      map((response) => response.accessToken),
      catchError(() => {
        this.endLocally();
        return of(null);
      }),
      finalize(() => (this.refreshing = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshing;
  }

  /** Revokes the refresh token on the server, then forgets the session here whatever happens. */
  logout(): Observable<void> {
    const refreshToken = this.tokens.refresh;
    const revoke = refreshToken ? this.api.logout({ refreshToken }).pipe(catchError(() => of(undefined))) : of(undefined);
    return revoke.pipe(map(() => this.endLocally()));
  }

  /** After the user edited their account. */
  updateUser(user: CurrentUser): void {
    this.currentUser.set(user);
  }

  endLocally(): void {
    this.tokens.clear();
    this.currentUser.set(null);
  }

  private accept(response: TokenResponse): void {
    this.tokens.store(response.accessToken, response.expiresIn, response.refreshToken);
    this.currentUser.set(response.user);
  }
}
