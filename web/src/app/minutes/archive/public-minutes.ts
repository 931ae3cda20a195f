import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { MinutesVerification } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { MinutesApi, meetingDay, meetingWhen, pdfUrl } from '../minutes.api';

/** /archive/minutes/:id: published minutes as anyone reads them, their PDFs, and the check of their digest. */
@Component({
  selector: 'app-public-minutes',
  imports: [RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-minutes.html',
  styleUrl: '../minutes.css',
})
export class PublicMinutesPage {
  private readonly api = inject(MinutesApi);
  protected readonly language = inject(LanguageService).language;
  readonly id = input.required<string>();
  protected readonly when = meetingWhen;
  protected readonly day = meetingDay;
  protected readonly pdf = pdfUrl;

  protected readonly minutes = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.published(params) });
  protected readonly notFound = computed(() => (this.minutes.error() as { status?: number } | undefined)?.status === 404);
  protected readonly loadError = computed(() => (this.minutes.error() && !this.notFound() ? toErrorView(this.minutes.error()) : null));
  protected readonly verification = signal<MinutesVerification | null>(null);
  protected readonly verifyError = signal<ErrorView | null>(null);
  protected readonly verifying = signal(false);

  protected verify(): void {
    this.verifying.set(true);
    this.verifyError.set(null);
    this.api.verify(this.id()).subscribe({
      next: (v) => {
        this.verifying.set(false);
        this.verification.set(v);
      },
      error: (err: unknown) => {
        this.verifying.set(false);
        this.verifyError.set(toErrorView(err));
      },
    });
  }
}
