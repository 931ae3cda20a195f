import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { BoardMeetingSummary } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, map, of, startWith } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { MeetingsApi, meetingWhen } from '../meetings.api';

/** Board meetings: the upcoming ones first (soonest first), then the past ones (latest first). */
@Component({
  selector: 'app-meeting-list',
  imports: [RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-list.html',
})
export class MeetingList {
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly when = meetingWhen;
  protected readonly state = toSignal(
    inject(MeetingsApi).list().pipe(
      map((meetings) => ({ meetings, error: null, loading: false })),
      catchError((err: unknown) => of({ meetings: [] as BoardMeetingSummary[], error: toErrorView(err), loading: false })),
      startWith({ meetings: [] as BoardMeetingSummary[], error: null, loading: true }),
    ),
    { requireSync: true },
  );
  protected readonly groups = computed(() => {
    const now = Date.now();
    const all = this.state().meetings;
    const upcoming = all.filter((m) => new Date(m.startsAt).getTime() >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const past = all.filter((m) => new Date(m.startsAt).getTime() < now);
    return [
      { key: 'upcoming', title: 'meetings.list.upcoming', empty: 'meetings.list.noUpcoming', meetings: upcoming },
      { key: 'past', title: 'meetings.list.past', empty: 'meetings.list.noPast', meetings: past },
    ];
  });
}
