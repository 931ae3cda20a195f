import { signal } from '@angular/core';
import type { BoardMeeting } from '@concerto/contracts';
import type { Observable } from 'rxjs';
import { type ErrorView, toErrorView } from '../../core/http/api-error';

/** The busy and error state of one section's calls; a success hands the updated meeting on and shows a notice. */
export class MeetingCall {
  readonly busy = signal(false);
  readonly error = signal<ErrorView | null>(null);
  readonly notice = signal<string | null>(null);

  constructor(private readonly done: (meeting: BoardMeeting) => void) {}

  run(call: Observable<BoardMeeting>, noticeKey: string | null = null, after?: () => void): void {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    call.subscribe({
      next: (meeting) => {
        this.busy.set(false);
        this.done(meeting);
        this.notice.set(noticeKey);
        after?.();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}
