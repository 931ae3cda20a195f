import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Speaker } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { formatClock, secondsLeft } from './countdown';

/** The speaker who has the floor (with the time left) and those waiting, in order. */
@Component({
  selector: 'app-speakers-list',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let all = speakers();
    @for (s of all; track s.id) {
      @if (s.status === 'speaking') {
        <p class="speaking" data-testid="speaking">
          <strong>{{ s.fullName }}</strong>&ngsp;<span class="muted">{{ s.memberName }}</span>
          <span class="badge">{{ 'enums.floorRequestKind.' + s.kind | translate }}</span>
          @let left = timeLeft(s);
          <span class="countdown" [class.over]="left === 0" data-testid="countdown" role="timer">{{ left === 0 ? ('assemblies.speakers.timeUp' | translate) : clock(left) }}</span>
        </p>
      }
    }
    @if (hasWaiting()) {
      <ol class="speakers" data-testid="speakers-waiting">
        @for (s of all; track s.id) {
          @if (s.status === 'waiting') {
            <li [attr.data-testid]="'speaker-' + s.personId">
              <strong>{{ s.fullName }}</strong>&ngsp;<span class="muted">{{ s.memberName }}</span>
              <span class="badge" [class.badge-priority]="s.kind === 'privilege' || s.kind === 'order'">{{ 'enums.floorRequestKind.' + s.kind | translate }}</span>
            </li>
          }
        }
      </ol>
    } @else {
      <p class="muted" data-testid="no-speakers">{{ (speakingNow() ? 'assemblies.speakers.noneWaiting' : 'assemblies.speakers.none') | translate }}</p>
    }
  `,
})
export class SpeakersList {
  readonly speakers = input.required<Speaker[]>();
  readonly speakerSeconds = input.required<number>();
  readonly now = input.required<number>();
  protected readonly clock = formatClock;

  protected timeLeft(s: Speaker): number {
    return secondsLeft(s.startedAt, this.speakerSeconds(), this.now());
  }

  protected speakingNow(): boolean {
    return this.speakers().some((s) => s.status === 'speaking');
  }

  protected hasWaiting(): boolean {
    return this.speakers().some((s) => s.status === 'waiting');
  }
}
