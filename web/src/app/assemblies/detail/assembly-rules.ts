import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AssemblyRules } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { formatClock } from '../live/countdown';

/** The rules in force, read-only: from the bylaw settings, frozen when the convocation went out. */
@Component({
  selector: 'app-assembly-rules',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = rules();
    <section class="card" aria-labelledby="rules-title" data-testid="assembly-rules">
      <h2 id="rules-title">{{ 'assemblies.rules.title' | translate }}</h2>
      <p class="hint">{{ (frozen() ? 'assemblies.rules.frozen' : 'assemblies.rules.fromSettings') | translate }}</p>
      <dl class="details">
        <dt>{{ 'assemblies.rules.preset' | translate }}</dt>
        <dd>{{ 'enums.assemblyPreset.' + r.preset | translate }}</dd>
        <dt>{{ 'assemblies.rules.notice' | translate }}</dt>
        <dd>{{ 'assemblies.rules.noticeDays' | translate: { count: r.noticePeriodDays } }}</dd>
        <dt>{{ 'assemblies.rules.quorum' | translate }}</dt>
        <dd>{{ (r.quorumType === 'percent' ? 'assemblies.rules.quorumPercent' : 'assemblies.rules.quorumCount') | translate: { value: r.quorumValue } }}</dd>
        <dt>{{ 'assemblies.rules.delegates' | translate }}</dt>
        <dd>{{ 'assemblies.rules.delegatesPerMember' | translate: { count: r.delegatesPerMember } }}</dd>
        <dt>{{ 'assemblies.rules.proxies' | translate }}</dt>
        <dd>{{ (r.proxiesAllowed ? 'assemblies.rules.proxiesAllowed' : 'assemblies.rules.proxiesNotAllowed') | translate: { count: r.maxProxiesPerDelegate } }}</dd>
        <dt>{{ 'assemblies.rules.speakingTime' | translate }}</dt>
        <dd>{{ 'assemblies.rules.speakingMinutes' | translate: { time: clock(r.speakerSeconds) } }}</dd>
      </dl>
    </section>
  `,
})
export class AssemblyRulesView {
  readonly rules = input.required<AssemblyRules>();
  /** Whether the convocation went out (the rules no longer follow the settings). */
  readonly frozen = input(false);
  protected readonly clock = formatClock;
}
