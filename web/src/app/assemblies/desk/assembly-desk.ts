import { ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { AssemblyDetail, AssemblyRegistration, AttendanceMode, CredentialCandidate } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { Subject, debounceTime, switchMap, catchError, of, map } from 'rxjs';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError } from '../../core/ui/field-error';
import { AssembliesApi, assemblyTitle, assemblyWhen } from '../assemblies.api';
import { AssemblyCall } from '../assembly-call';
import { ineligibilityKey } from '../assembly-words';
import { AssemblyLive } from '../live/assembly-live.service';
import { QuorumSummary } from '../live/quorum-summary';
import { nextStep } from './desk-step';


/**
 * The credentials desk (/assemblies/:id/desk): search by name or member as one types; Enter does
 * the next step for the first hit (register, then check in), so a line of delegates goes through
 * with the keyboard alone. The registrations below, with check-out and proxies; counts live.
 */
@Component({
  selector: 'app-assembly-desk',
  imports: [FormsModule, RouterLink, TranslatePipe, ErrorMessage, FieldError, QuorumSummary],
  providers: [AssemblyLive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assembly-desk.html',
})
export class AssemblyDesk {
  private readonly api = inject(AssembliesApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly liveFeed = inject(AssemblyLive);
  protected readonly language = inject(LanguageService).language;
  protected readonly title = assemblyTitle;
  protected readonly when = assemblyWhen;
  protected readonly ineligibility = ineligibilityKey;
  protected readonly step = nextStep;
  readonly id = input.required<string>();

  protected readonly assembly = signal<AssemblyDetail | null>(null);
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly call = new AssemblyCall();
  protected query = '';
  protected mode: AttendanceMode = 'hall';
  protected readonly hits = signal<CredentialCandidate[] | null>(null);
  protected readonly searchError = signal<ErrorView | null>(null);
  protected readonly registrations = signal<AssemblyRegistration[]>([]);
  protected readonly presentOnly = signal(false);
  protected readonly shownRegistrations = computed(() => (this.presentOnly() ? this.registrations().filter((r) => r.present) : this.registrations()));
  /** The proxy being recorded: who gives it (a search hit) and who holds it. */
  protected proxyQuery = '';
  protected readonly proxyHits = signal<CredentialCandidate[]>([]);
  protected readonly proxyGiver = signal<CredentialCandidate | null>(null);
  protected proxyHolderId = '';
  private readonly searches = new Subject<string>();
  private readonly proxySearches = new Subject<string>();
  private readonly searchBox = viewChild<ElementRef<HTMLInputElement>>('searchBox');

  constructor() {
    effect(() => this.load(this.id()));
    this.searches
      .pipe(
        debounceTime(120),
        switchMap((q) => (q.trim() ? this.api.candidates(this.id(), q.trim()).pipe(map((r) => ({ r, e: null })), catchError((e: unknown) => of({ r: [] as CredentialCandidate[], e: toErrorView(e) }))) : of({ r: null, e: null }))),
        takeUntilDestroyed(),
      )
      .subscribe(({ r, e }) => {
        this.hits.set(r);
        this.searchError.set(e);
      });
    this.proxySearches
      .pipe(
        debounceTime(150),
        switchMap((q) => (q.trim() ? this.api.candidates(this.id(), q.trim()).pipe(catchError(() => of([] as CredentialCandidate[]))) : of([]))),
        takeUntilDestroyed(),
      )
      .subscribe((r) => this.proxyHits.set(r.filter((c) => !c.registrationId)));
    // Attendance changed (here or at another desk): the registrations list follows.
    effect(() => {
      const seq = this.liveFeed.state()?.quorum;
      if (seq) untracked(() => this.loadRegistrations());
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

  private loadRegistrations(): void {
    this.api.registrations(this.id()).subscribe({ next: (r) => this.registrations.set(r), error: (err: unknown) => this.call.error.set(toErrorView(err)) });
  }

  protected search(q: string): void {
    this.searches.next(q);
  }

  /** Enter in the search box: the next step for the first hit. */
  protected enter(event: Event): void {
    event.preventDefault();
    const first = this.hits()?.[0];
    if (first) this.act(first);
  }

  protected act(hit: CredentialCandidate): void {
    const step = nextStep(hit);
    if (step === 'register') {
      this.call.run(this.api.registerPerson(this.id(), hit.personId), 'assemblies.desk.registered', (registration) => {
        // The hit now carries its registration at once, so the next Enter checks the delegate in.
        this.hits.update((hits) => hits?.map((h) => (h.personId === hit.personId ? { ...h, registrationId: registration.id } : h)) ?? null);
        this.refresh();
      });
    }
    else if (step === 'checkIn' && hit.registrationId) this.checkIn(hit.registrationId);
  }

  protected checkIn(registrationId: string): void {
    this.call.run(this.api.checkIn(this.id(), registrationId, this.mode), 'assemblies.desk.checkedIn', () => this.refresh(true));
  }

  protected checkOut(r: AssemblyRegistration): void {
    this.call.run(this.api.checkOutPerson(this.id(), r.id), 'assemblies.desk.checkedOut', () => this.refresh());
  }

  protected unregister(r: AssemblyRegistration): void {
    this.call.run(this.api.unregister(this.id(), r.id), 'assemblies.desk.unregistered', () => this.refresh());
  }

  protected searchProxy(q: string): void {
    this.proxyGiver.set(null);
    this.proxySearches.next(q);
  }

  protected chooseGiver(c: CredentialCandidate): void {
    this.proxyGiver.set(c);
    this.proxyQuery = c.fullName;
    this.proxyHits.set([]);
  }

  protected recordProxy(): void {
    const giver = this.proxyGiver();
    this.call.run(this.api.recordProxy(this.id(), giver?.personId ?? '', this.proxyHolderId), 'assemblies.desk.proxyRecorded', () => {
      this.proxyGiver.set(null);
      this.proxyQuery = '';
      this.proxyHolderId = '';
      this.loadRegistrations();
    });
  }

  protected removeProxy(proxyId: string): void {
    this.call.run(this.api.removeProxy(this.id(), proxyId), 'assemblies.desk.proxyRemoved', () => this.loadRegistrations());
  }

  /** After a step: the hits and the list again; once checked in, the search box is emptied for the next delegate. */
  private refresh(clear = false): void {
    this.loadRegistrations();
    if (clear) {
      this.query = '';
      this.hits.set(null);
    }
    this.searchBox()?.nativeElement.focus();
  }
}
