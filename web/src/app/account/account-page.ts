import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { LANGUAGES, type CurrentUser, type Language } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../core/auth/auth.service';
import { type ErrorView, toErrorView } from '../core/http/api-error';
import { PreferredLanguage } from '../core/i18n/preferred-language';
import { ErrorMessage } from '../core/ui/error-message';
import { FieldError, fieldAria } from '../core/ui/field-error';
import { AccountApi } from './account.api';
import { FocusFirstError } from '../core/ui/focus';

/** The signed-in person's own account: profile, password, logout. */
/** Typed as a language, so the form control accepts only the languages of the contracts. */
const FRENCH: Language = 'fr';

@Component({
  selector: 'app-account-page',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorMessage, FieldError, FocusFirstError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-page.html',
})
export class AccountPage implements OnInit {
  private readonly api = inject(AccountApi);
  private readonly auth = inject(AuthService);
  private readonly preferred = inject(PreferredLanguage);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly languages = LANGUAGES;
  protected readonly aria = fieldAria;

  protected readonly user = signal<CurrentUser | null>(this.auth.user());
  protected readonly profile = this.fb.group({ fullName: [''], preferredLanguage: [FRENCH], birthYear: [null as number | null] });
  protected readonly profileError = signal<ErrorView | null>(null);
  protected readonly profileSaved = signal(false);
  protected readonly password = this.fb.group({ currentPassword: [''], newPassword: [''], confirmation: [''] });
  protected readonly passwordError = signal<ErrorView | null>(null);
  protected readonly passwordMismatch = signal(false);
  protected readonly passwordChanged = signal(false);
  protected readonly busy = signal(false);

  constructor() {
    // The header's language switch saves the same preference: show it here at once.
    effect(() => {
      const language = this.auth.user()?.preferredLanguage;
      if (language && language !== this.profile.controls.preferredLanguage.value) this.profile.controls.preferredLanguage.setValue(language);
    });
  }

  ngOnInit(): void {
    const current = this.auth.user();
    if (current) this.fill(current);
    this.api.me().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (user) => {
        this.auth.updateUser(user);
        this.fill(user);
      },
      error: (err: unknown) => this.profileError.set(toErrorView(err)),
    });
  }

  private fill(user: CurrentUser): void {
    this.user.set(user);
    this.profile.reset({ fullName: user.fullName, preferredLanguage: user.preferredLanguage, birthYear: user.birthYear });
  }

  protected saveProfile(): void {
    const v = this.profile.getRawValue();
    const birthYear = v.birthYear === null || `${v.birthYear}` === '' ? null : Number(v.birthYear);
    this.busy.set(true);
    this.profileError.set(null);
    this.profileSaved.set(false);
    this.api.update({ fullName: v.fullName.trim(), preferredLanguage: v.preferredLanguage, birthYear }).subscribe({
      next: (user) => {
        this.busy.set(false);
        const languageChanged = user.preferredLanguage !== this.user()?.preferredLanguage;
        this.auth.updateUser(user);
        this.fill(user);
        this.profileSaved.set(true);
        // Choosing a preferred language here is an explicit choice: apply it now.
        if (languageChanged) void this.preferred.choose(user.preferredLanguage);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.profileError.set(toErrorView(err));
      },
    });
  }

  protected changePassword(): void {
    const v = this.password.getRawValue();
    this.passwordChanged.set(false);
    this.passwordError.set(null);
    this.passwordMismatch.set(v.newPassword !== v.confirmation);
    if (this.passwordMismatch()) return;
    this.busy.set(true);
    this.api.changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }).subscribe({
      next: () => {
        this.busy.set(false);
        this.password.reset();
        this.passwordChanged.set(true);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.passwordError.set(toErrorView(err));
      },
    });
  }

  protected logout(): void {
    this.auth.logout().subscribe(() => void this.router.navigate(['/']));
  }
}
