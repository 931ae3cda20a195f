import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from './language.service';
import { PreferredLanguage } from './preferred-language';

/** One button offering the other language, labelled in that language (lang attribute set); saved to the account when signed in. */
@Component({
  selector: 'app-language-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="btn btn-ghost language-switch" data-testid="language-switch"
            [attr.lang]="other()" (click)="switch()">
      {{ 'core.language.switchTo.' + other() | translate }}
    </button>
  `,
})
export class LanguageSwitch {
  private readonly languages = inject(LanguageService);
  private readonly preferred = inject(PreferredLanguage);
  protected readonly other = computed(() => (this.languages.language() === 'fr' ? 'en' : 'fr'));

  protected switch(): void {
    void this.preferred.choose(this.other());
  }
}
