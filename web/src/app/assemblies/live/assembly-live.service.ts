import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { AssemblyLiveState } from '@concerto/contracts';
import type { Observable } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/language.service';
import { applyLiveEvent, parseLiveMessage } from './live-state';
import { LiveStream, type StreamStatus } from './live-stream';

export interface LiveSource {
  /** The state the page loaded (GET …/live, the assembly's detail, or the display's snapshot). */
  initial: AssemblyLiveState;
  /** The event stream: /api/assemblies/:id/events, or /api/display/:token/events (public). */
  eventsUrl: string;
  /** Whether the stream needs the session's token (the room display's does not). */
  authenticated: boolean;
  /** The whole state again, when events were missed (a gap in the sequence). */
  reload: () => Observable<AssemblyLiveState>;
}

/**
 * The live state of one assembly for one screen (provided by the screen's component, so it ends
 * with it): a signal fed by the server-sent events, each applied once, in order, by its sequence
 * number. The stream reconnects by itself and catches up with Last-Event-ID; a 401 refreshes the
 * session's token through AuthService. No polling.
 */
@Injectable()
export class AssemblyLive {
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService).language;
  private stream: LiveStream | null = null;
  private reloading = false;
  private source: LiveSource | null = null;

  private readonly current = signal<AssemblyLiveState | null>(null);
  readonly state = this.current.asReadonly();
  readonly status = signal<StreamStatus>('connecting');

  constructor() {
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  connect(source: LiveSource): void {
    this.disconnect();
    this.source = source;
    this.current.set(source.initial);
    const stream = new LiveStream({
      url: source.eventsUrl,
      token: () => (source.authenticated ? this.auth.accessToken : null),
      refresh: (stale) => this.auth.refreshToken(stale),
      lastSeq: () => this.current()?.seq ?? 0,
      language: () => this.language(),
      onMessage: (message) => {
        const event = parseLiveMessage(message);
        if (event) this.apply(event);
      },
      onStatus: (status) => this.status.set(status),
    });
    this.stream = stream;
    void stream.run();
  }

  /** A state the screen got another way (an action's answer, a reload): taken only when newer than the one shown. */
  accept(state: AssemblyLiveState): void {
    const shown = this.current();
    if (!shown || (state.assemblyId === shown.assemblyId && state.seq > shown.seq)) this.current.set(state);
  }

  disconnect(): void {
    this.stream?.stop();
    this.stream = null;
  }

  private apply(event: Parameters<typeof applyLiveEvent>[1]): void {
    const shown = this.current();
    if (!shown) return;
    const outcome = applyLiveEvent(shown, event);
    if (outcome.kind === 'applied') this.current.set(outcome.state);
    else if (outcome.kind === 'gap') this.reload();
  }

  private reload(): void {
    if (this.reloading || !this.source) return;
    this.reloading = true;
    this.source.reload().subscribe({
      next: (state) => {
        this.reloading = false;
        this.accept(state);
      },
      error: () => (this.reloading = false),
    });
  }
}
