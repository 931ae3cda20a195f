import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { AssembliesApi, type DisplaySnapshot } from '../assemblies.api';
import { AssemblyLive } from '../live/assembly-live.service';
import { Clock } from '../live/clock';
import { formatClock, secondsLeft } from '../live/countdown';
import { DisplayWords } from './display-words';

export type DisplayLanguages = 'both' | 'fr' | 'en';

/**
 * The room display (/display/:token), for the projector at the back of the hall: no menu, no
 * sign-in (the link is the key), large type. The current item and its text, the speaker with the
 * time left and those waiting, attendance and quorum; French and English side by side, or one of
 * them (?lang=fr|en). Results of votes are not shown here yet.
 */
@Component({
  selector: 'app-room-display',
  imports: [ErrorMessage],
  providers: [AssemblyLive, Clock, DisplayWords],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './room-display.html',
  host: { class: 'room-display' },
})
export class RoomDisplay {
  private readonly api = inject(AssembliesApi);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly liveFeed = inject(AssemblyLive);
  protected readonly now = inject(Clock).now;
  protected readonly words = inject(DisplayWords);
  protected readonly clock = formatClock;
  readonly token = input.required<string>();

  protected readonly snapshot = signal<DisplaySnapshot | null>(null);
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly languages = inject(ActivatedRoute).queryParamMap.pipe(map((p) => (['fr', 'en'].includes(p.get('lang') ?? '') ? (p.get('lang') as DisplayLanguages) : 'both')));
  protected readonly shown = signal<DisplayLanguages>('both');
  protected readonly langs = computed<('fr' | 'en')[]>(() => (this.shown() === 'both' ? ['fr', 'en'] : [this.shown() as 'fr' | 'en']));
  protected readonly live = computed(() => this.liveFeed.state());
  protected readonly speaking = computed(() => this.live()?.speakers.find((s) => s.status === 'speaking') ?? null);
  protected readonly waiting = computed(() => this.live()?.speakers.filter((s) => s.status === 'waiting') ?? []);
  protected readonly timeLeft = computed(() => {
    const s = this.speaking();
    const lv = this.live();
    return s && lv ? secondsLeft(s.startedAt, lv.speakerSeconds, this.now()) : 0;
  });

  constructor() {
    this.languages.pipe(takeUntilDestroyed()).subscribe((l) => this.shown.set(l));
    effect(() => this.load(this.token()));
  }

  private load(token: string): void {
    this.api.display(token).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (s) => {
        this.snapshot.set(s);
        this.liveFeed.connect({
          initial: s.live,
          eventsUrl: this.api.displayEventsUrl(token),
          authenticated: false,
          reload: () => this.api.display(token).pipe(map((again) => again.live)),
        });
      },
      error: (err: unknown) => this.loadError.set(toErrorView(err)),
    });
  }

  protected choose(languages: DisplayLanguages): void {
    void this.router.navigate([], { queryParams: { lang: languages === 'both' ? null : languages }, replaceUrl: true });
  }

  protected text(item: { titleFr: string; titleEn: string }, lang: 'fr' | 'en'): string {
    return lang === 'en' ? item.titleEn : item.titleFr;
  }

  protected body(item: { bodyFr: string | null; bodyEn: string | null }, lang: 'fr' | 'en'): string | null {
    return lang === 'en' ? item.bodyEn : item.bodyFr;
  }
}
