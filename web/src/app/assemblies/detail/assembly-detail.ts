import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { AssemblyDetail } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { Subject, debounce, timer } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ConfirmDialog } from '../../core/ui/confirm-dialog';
import { ErrorMessage } from '../../core/ui/error-message';
import { AssembliesApi, assemblyTitle, assemblyWhen } from '../assemblies.api';
import { AssemblyCall } from '../assembly-call';
import { AssemblyLive } from '../live/assembly-live.service';
import { Clock } from '../live/clock';
import { QuorumSummary } from '../live/quorum-summary';
import { SpeakersList } from '../live/speakers-list';
import { AssemblyAgenda } from './assembly-agenda';
import { AssemblyDocuments } from './assembly-documents';
import { AssemblyDuties } from './assembly-duties';
import { AssemblyRulesView } from './assembly-rules';
import { DelegatePanel } from './delegate-panel';

/**
 * One general assembly (/assemblies/:id), for everyone: date, place and link, agenda, documents,
 * rules; the delegate's own steps; the live panel (current item, quorum, speakers) fed by the
 * event stream; for the administrator, the setup (agenda, documents, duties, convocation).
 */
@Component({
  selector: 'app-assembly-detail',
  imports: [RouterLink, TranslatePipe, ErrorMessage, ConfirmDialog, AssemblyAgenda, AssemblyDocuments, AssemblyDuties, AssemblyRulesView, DelegatePanel, QuorumSummary, SpeakersList],
  providers: [AssemblyLive, Clock],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assembly-detail.html',
})
export class AssemblyDetailPage {
  private readonly api = inject(AssembliesApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly auth = inject(AuthService);
  protected readonly liveFeed = inject(AssemblyLive);
  protected readonly now = inject(Clock).now;
  protected readonly language = inject(LanguageService).language;
  protected readonly when = assemblyWhen;
  protected readonly title = assemblyTitle;
  readonly id = input.required<string>();

  protected readonly assembly = signal<AssemblyDetail | null>(null);
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly call = new AssemblyCall();
  protected readonly live = computed(() => this.liveFeed.state() ?? this.assembly()?.live ?? null);
  private readonly confirmConvocation = viewChild<ConfirmDialog>('confirmConvocation');
  private readonly confirmCancel = viewChild<ConfirmDialog>('confirmCancel');
  private connectedTo: string | null = null;

  private readonly attendanceMoved = new Subject<void>();

  constructor() {
    effect(() => this.load(this.id()));
    // A registered delegate not yet present may be checked in at the desk: when attendance changes,
    // their own state is read again (after a short, spread-out delay, so a hall of phones does not ask at once).
    let seen: unknown = null;
    effect(() => {
      const quorum = this.liveFeed.state()?.quorum;
      const first = seen === null;
      if (!quorum || quorum === seen) return;
      seen = quorum;
      const you = untracked(() => this.assembly()?.you);
      if (!first && you?.registrationId && !you.present) this.attendanceMoved.next();
    });
    this.attendanceMoved
      .pipe(
        debounce(() => timer(500 + Math.random() * 2500)),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.reload());
  }

  protected load(id: string): void {
    this.loadError.set(null);
    this.api.get(id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (a) => this.show(a),
      error: (err: unknown) => this.loadError.set(toErrorView(err)),
    });
  }

  protected reload(): void {
    this.load(this.id());
  }

  protected show(a: AssemblyDetail): void {
    this.assembly.set(a);
    // Drafts and cancelled assemblies have no live part; the others follow the event stream.
    if (a.status === 'draft' || a.status === 'cancelled') return;
    if (this.connectedTo !== a.id) {
      this.connectedTo = a.id;
      this.liveFeed.connect({ initial: a.live, eventsUrl: this.api.eventsUrl(a.id), authenticated: true, reload: () => this.api.live(a.id) });
    } else {
      this.liveFeed.accept(a.live);
    }
  }

  protected askConvocation(): void {
    this.confirmConvocation()?.open();
  }

  protected convoke(): void {
    const a = this.assembly();
    if (a) this.call.run(this.api.convoke(a.id), 'assemblies.detail.convocationDone', (r) => this.show(r));
  }

  protected askCancel(): void {
    this.confirmCancel()?.open();
  }

  protected cancel(): void {
    const a = this.assembly();
    if (a) this.call.run(this.api.cancel(a.id), 'assemblies.detail.cancelled', (r) => this.show(r));
  }
}
