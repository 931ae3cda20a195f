import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Convocation } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { AssembliesApi, assemblyTitle, assemblyWhen } from '../assemblies.api';

/** On the dashboard: the general assemblies the delegate is convened to, each with a link to register. Hidden when there are none. */
@Component({
  selector: 'app-my-convocations',
  imports: [RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (convocations().length || error()) {
      <section class="card highlight" aria-labelledby="my-convocations-title" data-testid="my-convocations">
        <h2 id="my-convocations-title">{{ 'assemblies.mine.title' | translate }}</h2>
        <app-error-message [error]="error()" />
        <ul class="plain-list">
          @for (c of convocations(); track c.assemblyId) {
            <li class="convocation">
              <p><a [routerLink]="['/assemblies', c.assemblyId]" data-testid="convocation-link"><strong>{{ title(c, language()) }}</strong></a>
                <span class="muted"> — {{ 'enums.assemblyKind.' + c.kind | translate }}</span></p>
              <p>{{ when(c.startsAt, language()) }}@if (c.place) {, {{ c.place }}}@if (c.videoUrl) { <span class="muted">({{ 'assemblies.fields.videoShort' | translate }})</span>}</p>
              <p>
                @if (c.registered) {
                  <span class="badge">{{ 'assemblies.list.registered' | translate }}</span>
                } @else {
                  <a class="btn btn-primary btn-small" [routerLink]="['/assemblies', c.assemblyId]" data-testid="convocation-register">{{ 'assemblies.mine.register' | translate }}</a>
                }
              </p>
            </li>
          }
        </ul>
      </section>
    }
  `,
})
export class MyConvocations {
  protected readonly language = inject(LanguageService).language;
  protected readonly when = assemblyWhen;
  protected readonly title = assemblyTitle;
  protected readonly convocations = signal<Convocation[]>([]);
  protected readonly error = signal<ErrorView | null>(null);

  constructor() {
    inject(AssembliesApi).myConvocations().subscribe({ next: (c) => this.convocations.set(c), error: (err: unknown) => this.error.set(toErrorView(err)) });
  }
}
