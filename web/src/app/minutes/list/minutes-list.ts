import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { MinutesMeetingOption, MinutesSummary } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, map, of, startWith } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { MinutesApi, meetingWhen } from '../minutes.api';

/** /board/minutes: every minutes and erratum, and (for the secretary) a draft for a meeting held. */
@Component({
  selector: 'app-minutes-list',
  imports: [RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './minutes-list.html',
})
export class MinutesList {
  private readonly api = inject(MinutesApi);
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly when = meetingWhen;
  protected readonly state = toSignal(
    this.api.list().pipe(
      map((items) => ({ items, error: null as ErrorView | null, loading: false })),
      catchError((err: unknown) => of({ items: [] as MinutesSummary[], error: toErrorView(err), loading: false })),
      startWith({ items: [] as MinutesSummary[], error: null, loading: true }),
    ),
    { requireSync: true },
  );
  protected readonly meetings = toSignal(
    this.auth.can('minutes.write') ? this.api.meetings().pipe(catchError(() => of([] as MinutesMeetingOption[]))) : of([] as MinutesMeetingOption[]),
    { initialValue: [] as MinutesMeetingOption[] },
  );
  protected readonly meetingId = signal('');

  protected pick(event: Event): void {
    this.meetingId.set((event.target as HTMLSelectElement).value);
  }
  protected readonly busy = signal(false);
  protected readonly error = signal<ErrorView | null>(null);

  protected draft(): void {
    if (!this.meetingId()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.create(this.meetingId()).subscribe({
      next: (m) => void this.router.navigate(['/board/minutes', m.id]),
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}
