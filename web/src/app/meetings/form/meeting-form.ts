import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError, fieldAria } from '../../core/ui/field-error';
import { FocusFirstError } from '../../core/ui/focus';
import { MeetingsApi } from '../meetings.api';

/** Plan a board meeting (/board/meetings/new): date and time, place and/or video link. */
@Component({
  selector: 'app-meeting-form',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorMessage, FieldError, FocusFirstError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-form.html',
})
export class MeetingForm {
  private readonly api = inject(MeetingsApi);
  private readonly router = inject(Router);
  protected readonly form = inject(FormBuilder).nonNullable.group({ startsAt: ['', Validators.required], place: [''], videoUrl: [''] });
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly busy = signal(false);
  protected readonly aria = fieldAria;

  protected submit(): void {
    const v = this.form.getRawValue();
    // The browser's local date and time, sent with its offset; an empty or bad value goes as is and the API names the field.
    const date = v.startsAt ? new Date(v.startsAt) : null;
    const startsAt = date && !Number.isNaN(date.getTime()) ? date.toISOString() : v.startsAt;
    this.busy.set(true);
    this.error.set(null);
    this.api.create({ startsAt, place: v.place.trim() || null, videoUrl: v.videoUrl.trim() || null }).subscribe({
      next: (m) => void this.router.navigate(['/board/meetings', m.id]),
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}
