import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AssemblyQuorum } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';

/** Attendance and quorum, live: met or not in words, delegates present (hall, online), proxies, votes present against votes required. */
@Component({
  selector: 'app-quorum-summary',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let q = quorum();
    <div class="alert quorum" [class.alert-success]="q.met" [class.alert-error]="!q.met" data-testid="quorum" [attr.data-met]="q.met" aria-live="polite">
      <p><strong data-testid="quorum-status">{{ (q.met ? 'assemblies.quorum.met' : 'assemblies.quorum.notMet') | translate }}</strong></p>
      <p data-testid="quorum-votes">{{ 'assemblies.quorum.votes' | translate: { present: q.votesPresent, required: q.required } }}</p>
      <ul class="quorum-figures">
        <li data-testid="present-count"><span class="stat-value">{{ q.present }}</span> {{ 'assemblies.quorum.present' | translate: { count: q.present } }}</li>
        <li><span class="stat-value">{{ q.presentHall }}</span> {{ 'assemblies.quorum.hall' | translate }}</li>
        <li><span class="stat-value">{{ q.presentOnline }}</span> {{ 'assemblies.quorum.online' | translate }}</li>
        <li data-testid="proxies-count"><span class="stat-value">{{ q.proxiesHeld }}</span> {{ 'assemblies.quorum.proxies' | translate: { count: q.proxiesHeld } }}</li>
        <li><span class="stat-value">{{ q.registered }}</span> {{ 'assemblies.quorum.registered' | translate: { count: q.registered } }}</li>
      </ul>
      <p class="muted">{{ (q.type === 'percent' ? 'assemblies.quorum.rulePercent' : 'assemblies.quorum.ruleCount') | translate: { value: q.value, base: q.votesRegistered } }}</p>
    </div>
  `,
})
export class QuorumSummary {
  readonly quorum = input.required<AssemblyQuorum>();
}
