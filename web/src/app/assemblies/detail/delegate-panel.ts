import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AssemblyDetail, type AssemblyLiveState, FLOOR_REQUEST_KINDS, type FloorRequestKind, type ProxyHolderCandidate } from '@concerto/contracts';
import { Subject, catchError, debounceTime, of, switchMap } from 'rxjs';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth/auth.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { AssembliesApi } from '../assemblies.api';
import { AssemblyCall } from '../assembly-call';
import { ineligibilityKey } from '../assembly-words';

/**
 * The delegate's own steps: register ahead (or withdraw), join online by the video link (or
 * leave), and once present, ask for the floor with one of the four kinds, or withdraw the request.
 */
@Component({
  selector: 'app-delegate-panel',
  imports: [TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './delegate-panel.html',
})
export class DelegatePanel {
  private readonly api = inject(AssembliesApi);
  private readonly auth = inject(AuthService);
  readonly assembly = input.required<AssemblyDetail>();
  readonly live = input.required<AssemblyLiveState>();
  /** After a step that changes what the person is (registered, present): the page reloads the assembly. */
  readonly changed = output<void>();
  protected readonly call = new AssemblyCall();
  protected readonly kinds = FLOOR_REQUEST_KINDS;
  protected readonly ineligibility = ineligibilityKey;
  protected readonly open = computed(() => ['convened', 'in_session'].includes(this.live().status));
  /** The person's own place on the speakers list, if any. */
  protected readonly mine = computed(() => {
    const me = this.auth.user()?.id;
    return this.live().speakers.find((s) => s.personId === me && (s.status === 'waiting' || s.status === 'speaking')) ?? null;
  });
  /** Registered delegates who may still take this person's proxy, as they type a name. */
  protected readonly holders = signal<ProxyHolderCandidate[]>([]);
  private readonly holderSearches = new Subject<string>();

  constructor() {
    this.holderSearches
      .pipe(
        debounceTime(150),
        switchMap((q) => (this.canGiveProxy() ? this.api.proxyHolders(this.assembly().id, q.trim()).pipe(catchError(() => of([] as ProxyHolderCandidate[]))) : of([]))),
        takeUntilDestroyed(),
      )
      .subscribe((h) => this.holders.set(h));
    // The first list once the assembly is known and a proxy may be given.
    effect(() => {
      if (this.canGiveProxy()) untracked(() => this.holderSearches.next(''));
    });
  }

  /** Not registered, no proxy given yet, eligible, and the rules allow proxies. */
  protected readonly canGiveProxy = computed(() => {
    const a = this.assembly();
    return this.open() && a.rules.proxiesAllowed && !a.you.registrationId && !a.you.proxyGivenTo && !a.you.ineligibility;
  });

  protected searchHolders(q: string): void {
    this.holderSearches.next(q);
  }

  protected giveProxy(holderPersonId: string): void {
    this.call.run(this.api.giveProxy(this.assembly().id, holderPersonId), 'assemblies.delegate.proxyDone', () => this.changed.emit());
  }

  protected readonly position = computed(() => {
    const mine = this.mine();
    if (!mine || mine.status !== 'waiting') return 0;
    return this.live().speakers.filter((s) => s.status === 'waiting').findIndex((s) => s.id === mine.id) + 1;
  });

  protected register(): void {
    this.call.run(this.api.register(this.assembly().id), 'assemblies.delegate.registered', () => this.changed.emit());
  }

  protected withdraw(): void {
    this.call.run(this.api.withdraw(this.assembly().id), 'assemblies.delegate.withdrawn', () => this.changed.emit());
  }

  protected join(): void {
    this.call.run(this.api.checkInOnline(this.assembly().id), 'assemblies.delegate.joined', () => this.changed.emit());
  }

  protected leave(): void {
    this.call.run(this.api.checkOut(this.assembly().id), 'assemblies.delegate.left', () => this.changed.emit());
  }

  protected ask(kind: FloorRequestKind): void {
    this.call.run(this.api.askFloor(this.assembly().id, kind), null);
  }

  protected withdrawFloor(): void {
    this.call.run(this.api.withdrawFloor(this.assembly().id), 'assemblies.floor.withdrawn');
  }
}
