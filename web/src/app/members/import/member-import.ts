import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ImportReport } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { MembersApi } from '../members.api';
import { FocusFirstError } from '../../core/ui/focus';

export const IMPORT_COLUMNS = ['legal_name', 'neq', 'kind', 'sector', 'region', 'college_code', 'dues_paid_until', 'city'] as const;

/** CSV import of member organizations: all rows are created, or none when any row is rejected. */
@Component({
  selector: 'app-member-import',
  imports: [RouterLink, TranslatePipe, ErrorMessage, FocusFirstError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-import.html',
})
export class MemberImport {
  private readonly api = inject(MembersApi);
  protected readonly columns = IMPORT_COLUMNS.join(',');
  protected readonly file = signal<File | null>(null);
  protected readonly report = signal<ImportReport | null>(null);
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly busy = signal(false);

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.report.set(null);
    this.error.set(null);
  }

  protected async send(): Promise<void> {
    const file = this.file();
    if (!file) return;
    this.busy.set(true);
    this.report.set(null);
    this.error.set(null);
    const text = await file.text();
    this.api.import(text).subscribe({
      next: (report) => {
        this.busy.set(false);
        this.report.set(report);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}
