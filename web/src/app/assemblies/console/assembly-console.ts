import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { AssemblyAgendaItem, AssemblyDetail, Speaker } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError } from '../../core/ui/field-error';
import { AssembliesApi, assemblyTitle, assemblyWhen } from '../assemblies.api';
import { AssemblyCall } from '../assembly-call';
import { AssemblyLive } from '../live/assembly-live.service';
import { Clock } from '../live/clock';
import { formatClock, secondsLeft } from '../live/countdown';
import { QuorumSummary } from '../live/quorum-summary';

/**
 * The chair's console (/assemblies/:id/console): open and close the assembly, move through the
 * agenda, edit the text under debate, run the speakers list with the countdown, watch the quorum,
 * and create the link of the room display.
 */
@Component({
  selector: 'app-assembly-console',
  imports: [FormsModule, RouterLink, TranslatePipe, ErrorMessage, FieldError, QuorumSummary],
  providers: [AssemblyLive, Clock],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assembly-console.html',
})
export class AssemblyConsole {
  private readonly api = inject(AssembliesApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly liveFeed = inject(AssemblyLive);
  protected readonly now = inject(Clock).now;
  protected readonly language = inject(LanguageService).language;
  protected readonly title = assemblyTitle;
  protected readonly when = assemblyWhen;
  protected readonly clock = formatClock;
  readonly id = input.required<string>();

  protected readonly assembly = signal<AssemblyDetail | null>(null);
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly call = new AssemblyCall();
  protected readonly textCall = new AssemblyCall();
  protected readonly displayUrl = signal<string | null>(null);
  protected readonly live = computed(() => this.liveFeed.state());
  protected readonly speaking = computed(() => this.live()?.speakers.find((s) => s.status === 'speaking') ?? null);
  protected readonly waiting = computed(() => this.live()?.speakers.filter((s) => s.status === 'waiting') ?? []);
  protected readonly timeLeft = computed(() => {
    const s = this.speaking();
    const lv = this.live();
    return s && lv ? secondsLeft(s.startedAt, lv.speakerSeconds, this.now()) : 0;
  });
  /** The agenda with each item's status as the live state says (the current item moves without reloading). */
  protected readonly agenda = computed<AssemblyAgendaItem[]>(() => {
    const a = this.assembly();
    if (!a) return [];
    const current = this.live()?.currentItem ?? null;
    if (!current) return a.agenda;
    const at = a.agenda.findIndex((i) => i.id === current.id);
    return a.agenda.map((i, n) => (i.id === current.id ? current : { ...i, status: at >= 0 ? (n < at ? 'done' : 'pending') : i.status }));
  });
  protected bodyFr = '';
  protected bodyEn = '';
  private editingItemId: string | null = null;

  constructor() {
    effect(() => this.load(this.id()));
    // The text under debate follows the current item, unless the chair is editing it.
    effect(() => {
      const item = this.live()?.currentItem ?? null;
      if (item?.id !== this.editingItemId) {
        this.editingItemId = item?.id ?? null;
        this.bodyFr = item?.bodyFr ?? '';
        this.bodyEn = item?.bodyEn ?? '';
      }
    });
  }

  private load(id: string): void {
    this.api.get(id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (a) => {
        this.assembly.set(a);
        this.liveFeed.connect({ initial: a.live, eventsUrl: this.api.eventsUrl(a.id), authenticated: true, reload: () => this.api.live(a.id) });
      },
      error: (err: unknown) => this.loadError.set(toErrorView(err)),
    });
  }

  protected session(action: 'open' | 'close' | 'next' | 'previous'): void {
    this.call.run(this.api.session(this.id(), action), null);
  }

  protected saveText(): void {
    const item = this.live()?.currentItem;
    if (item) this.textCall.run(this.api.editItemText(this.id(), item.id, { bodyFr: this.bodyFr.trim() || null, bodyEn: this.bodyEn.trim() || null }), 'assemblies.console.textSaved');
  }

  protected nextSpeaker(): void {
    this.call.run(this.api.nextSpeaker(this.id()), null);
  }

  protected give(s: Speaker): void {
    this.call.run(this.api.giveFloor(this.id(), s.id), null);
  }

  protected end(s: Speaker): void {
    this.call.run(this.api.endSpeaker(this.id(), s.id), null);
  }

  protected remove(s: Speaker): void {
    this.call.run(this.api.removeSpeaker(this.id(), s.id), null);
  }

  protected createDisplayLink(): void {
    this.call.run(this.api.displayLink(this.id()), 'assemblies.console.displayCreated', (link) => this.displayUrl.set(new URL(`/display/${encodeURIComponent(link.token)}`, window.location.origin).toString()));
  }
}
