import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { BylawSettings } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../core/auth/auth.service';
import { type ErrorView, toErrorView } from '../core/http/api-error';
import { ErrorMessage } from '../core/ui/error-message';
import { FieldError, fieldAria } from '../core/ui/field-error';
import { SETTING_FIELDS, type SettingKey } from './settings-fields';
import { SettingsApi } from './settings.api';
import { FocusFirstError } from '../core/ui/focus';

type SettingValue = string | number | boolean;

/** The bylaw settings every rule reads: editable by the administrator, readable by the others. */
@Component({
  selector: 'app-settings-page',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorMessage, FieldError, FocusFirstError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './settings-page.html',
})
export class SettingsPage implements OnInit {
  private readonly api = inject(SettingsApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly canEdit = inject(AuthService).can('settings.write');
  protected readonly fields = SETTING_FIELDS;
  protected readonly aria = fieldAria;

  protected readonly settings = signal<BylawSettings | null>(null);
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup(
    Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, new FormControl<SettingValue>(f.type === 'boolean' ? false : '', { nonNullable: true })])) as Record<SettingKey, FormControl<SettingValue>>,
  );

  ngOnInit(): void {
    this.api.get().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (settings) => this.show(settings),
      error: (err: unknown) => this.loadError.set(toErrorView(err)),
    });
  }

  protected value(settings: BylawSettings, key: SettingKey): SettingValue {
    return settings[key];
  }

  protected submit(): void {
    const current = this.settings();
    if (!current) return;
    // Only what changed is sent.
    const changes: Record<string, SettingValue> = {};
    for (const field of SETTING_FIELDS) {
      const raw = this.form.controls[field.key].value;
      const value = field.type === 'number' ? Number(raw) : raw;
      if (value !== current[field.key]) changes[field.key] = value;
    }
    this.busy.set(true);
    this.error.set(null);
    this.saved.set(false);
    this.api.update(changes).subscribe({
      next: (settings) => {
        this.busy.set(false);
        this.show(settings);
        this.saved.set(true);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }

  private show(settings: BylawSettings): void {
    this.settings.set(settings);
    this.form.reset(Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, settings[f.key]])));
  }
}
