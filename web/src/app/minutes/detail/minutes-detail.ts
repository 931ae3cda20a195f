import { ChangeDetectionStrategy, Component, type ElementRef, OnInit, computed, inject, input, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { AdoptionCandidate, MinutesDetail, SignatureRole } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ConfirmDialog } from '../../core/ui/confirm-dialog';
import { ErrorMessage } from '../../core/ui/error-message';
import { MinutesApi, meetingDay, meetingWhen, pdfUrl } from '../minutes.api';

const STEPS = ['draft', 'submitted', 'adopted', 'published'] as const;

/**
 * /board/minutes/:id: one minutes through its life. The secretary edits the draft in fr and en
 * and submits it; records the adoption by picking an adopted resolution of a later meeting; the
 * président·e and the secretary sign (password asked again); the secretary publishes.
 */
@Component({
  selector: 'app-minutes-detail',
  imports: [RouterLink, TranslatePipe, ErrorMessage, ConfirmDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './minutes-detail.html',
  styleUrl: '../minutes.css',
})
export class MinutesDetailPage implements OnInit {
  private readonly api = inject(MinutesApi);
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  readonly id = input.required<string>();

  protected readonly minutes = signal<MinutesDetail | null>(null);
  protected readonly notFound = signal(false);
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly bodyFr = signal('');
  protected readonly bodyEn = signal('');
  protected readonly candidates = signal<AdoptionCandidate[]>([]);
  protected readonly resolutionId = signal('');
  protected readonly signRole = signal<SignatureRole>('president');
  protected readonly password = signal('');
  protected readonly signError = signal<ErrorView | null>(null);
  private readonly signDialog = viewChild<ElementRef<HTMLDialogElement>>('signDialog');

  protected readonly steps = STEPS;
  protected readonly when = meetingWhen;
  protected readonly day = meetingDay;
  protected readonly pdf = pdfUrl;
  protected readonly canWrite = computed(() => this.auth.can('minutes.write'));
  protected readonly editable = computed(() => this.minutes()?.status === 'draft' && this.canWrite());
  protected readonly stepIndex = computed(() => STEPS.indexOf(this.minutes()?.status ?? 'draft'));
  protected readonly signedBy = computed(() => {
    const list = this.minutes()?.signatureList ?? [];
    return { president: list.find((s) => s.role === 'president') ?? null, secretary: list.find((s) => s.role === 'secretary') ?? null };
  });
  protected readonly fullySigned = computed(() => !!this.signedBy().president && !!this.signedBy().secretary);

  ngOnInit(): void {
    this.api.get(this.id()).subscribe({
      next: (m) => this.show(m),
      error: (err: unknown) => (isNotFound(err) ? this.notFound.set(true) : this.error.set(toErrorView(err))),
    });
  }

  private show(m: MinutesDetail): void {
    this.minutes.set(m);
    this.bodyFr.set(m.bodyFr);
    this.bodyEn.set(m.bodyEn);
    if (m.status === 'submitted' && this.canWrite()) this.api.candidates(m.id).subscribe({ next: (c) => this.candidates.set(c) });
  }

  private run(call: Observable<MinutesDetail>, after?: (m: MinutesDetail) => void): void {
    this.busy.set(true);
    this.error.set(null);
    this.saved.set(false);
    call.subscribe({
      next: (m) => {
        this.busy.set(false);
        this.show(m);
        after?.(m);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
  }

  protected save(): void {
    this.run(this.api.update(this.id(), { bodyFr: this.bodyFr(), bodyEn: this.bodyEn() }), () => this.saved.set(true));
  }

  protected submit(): void {
    this.run(this.api.submit(this.id()));
  }

  protected adopt(): void {
    if (this.resolutionId()) this.run(this.api.adopt(this.id(), this.resolutionId()));
  }

  protected openSign(role: SignatureRole): void {
    this.signRole.set(role);
    this.password.set('');
    this.signError.set(null);
    this.signDialog()?.nativeElement.showModal();
  }

  protected closeSign(): void {
    this.signDialog()?.nativeElement.close();
  }

  protected sign(): void {
    this.busy.set(true);
    this.signError.set(null);
    this.api.sign(this.id(), this.password(), this.signRole()).subscribe({
      next: (m) => {
        this.busy.set(false);
        this.password.set('');
        this.closeSign();
        this.show(m);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.signError.set(toErrorView(err));
      },
    });
  }

  protected publish(): void {
    this.run(this.api.publish(this.id()));
  }

  protected erratum(): void {
    this.busy.set(true);
    this.api.erratum(this.id()).subscribe({
      next: (m) => void this.router.navigate(['/board/minutes', m.id]).then(() => {
        this.busy.set(false);
        this.show(m);
      }),
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}

function isNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { status?: number }).status === 404;
}
