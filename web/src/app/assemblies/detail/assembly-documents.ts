import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { AssemblyDetail, AssemblyDocument } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth/auth.service';
import { toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ConfirmDialog } from '../../core/ui/confirm-dialog';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError } from '../../core/ui/field-error';
import { fileSize } from '../../meetings/meetings.api';
import { AssembliesApi, assemblyTitle } from '../assemblies.api';
import { AssemblyCall } from '../assembly-call';

/** The assembly's documents (reports, financial statements…): everyone downloads them; the administrator adds and removes them. */
@Component({
  selector: 'app-assembly-documents',
  imports: [FormsModule, TranslatePipe, ErrorMessage, FieldError, ConfirmDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assembly-documents.html',
})
export class AssemblyDocuments {
  private readonly api = inject(AssembliesApi);
  private readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly size = fileSize;
  protected readonly title = assemblyTitle;
  readonly assembly = input.required<AssemblyDetail>();
  readonly changed = output<AssemblyDetail>();
  protected readonly call = new AssemblyCall();
  protected readonly editable = computed(() => this.auth.can('assemblies.write') && !['closed', 'cancelled'].includes(this.assembly().status));
  protected titleFr = '';
  protected titleEn = '';
  protected readonly pending = signal<AssemblyDocument | null>(null);
  private readonly confirmRemove = viewChild.required<ConfirmDialog>('confirmRemove');

  protected upload(input: HTMLInputElement): void {
    const file = input.files?.[0];
    if (!file) return;
    const fallback = file.name.replace(/\.[^.]+$/, '');
    this.call.run(this.api.upload(this.assembly().id, file, this.titleFr.trim() || fallback, this.titleEn.trim() || fallback), 'assemblies.documents.uploaded', (a) => {
      input.value = '';
      this.titleFr = '';
      this.titleEn = '';
      this.changed.emit(a);
    });
  }

  protected download(doc: AssemblyDocument): void {
    this.api.download(this.assembly().id, doc.id).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = doc.fileName;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
      error: (err: unknown) => this.call.error.set(toErrorView(err)),
    });
  }

  protected askRemove(doc: AssemblyDocument): void {
    this.pending.set(doc);
    this.confirmRemove().open();
  }

  protected remove(): void {
    const doc = this.pending();
    if (doc) this.call.run(this.api.removeDocument(this.assembly().id, doc.id), 'assemblies.documents.removed', (a) => this.changed.emit(a));
  }
}
