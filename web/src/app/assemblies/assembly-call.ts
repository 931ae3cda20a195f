import { signal } from '@angular/core';
import type { Observable } from 'rxjs';
import { type ErrorView, toErrorView } from '../core/http/api-error';

/** The busy, error and notice state of one section's calls (one helper for every assembly screen). */
export class AssemblyCall {
  readonly busy = signal(false);
  readonly error = signal<ErrorView | null>(null);
  readonly notice = signal<string | null>(null);

  run<T>(call: Observable<T>, noticeKey: string | null, done?: (result: T) => void): void {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    call.subscribe({
      next: (result) => {
        this.busy.set(false);
        this.notice.set(noticeKey);
        done?.(result);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}
