import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { type AssemblyDetail, type AssemblyLiveState, FLOOR_REQUEST_KINDS, type FloorRequestKind } from '@concerto/contracts';
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
