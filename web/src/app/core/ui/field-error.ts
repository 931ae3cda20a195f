import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ErrorView } from '../http/api-error';

/**
 * The API's error for one field, shown beside it. Give the input
 * `[attr.aria-describedby]="fieldId + '-error'"` and `[attr.aria-invalid]` to link them.
 */
@Component({
  selector: 'app-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message(); as m) {
      <p class="field-error" [id]="fieldId() + '-error'" [attr.data-testid]="'field-error-' + field()">{{ m }}</p>
    }
  `,
})
export class FieldError {
  readonly error = input<ErrorView | null>(null);
  readonly field = input.required<string>();
  /** The id of the input this error describes; defaults to the field name. */
  readonly inputId = input<string | null>(null);
  protected readonly fieldId = computed(() => this.inputId() ?? this.field());
  protected readonly message = computed(() => this.error()?.fields[this.field()] ?? null);
}

/** `aria-invalid` / `aria-describedby` values for an input whose field may have an API error. */
export function fieldAria(error: ErrorView | null, field: string, inputId = field): { invalid: 'true' | null; describedBy: string | null } {
  const has = !!error?.fields[field];
  return { invalid: has ? 'true' : null, describedBy: has ? `${inputId}-error` : null };
}
