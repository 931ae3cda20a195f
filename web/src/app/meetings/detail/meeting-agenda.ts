import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { BoardAgendaItem, BoardDocument, BoardMeeting } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth/auth.service';
import { toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ConfirmDialog } from '../../core/ui/confirm-dialog';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError } from '../../core/ui/field-error';
import { MeetingsApi, fileSize } from '../meetings.api';
import { MeetingCall } from './meeting-call';

/** The agenda: items in fr and en, in order, each with its documents (upload, download, remove). */
@Component({
  selector: 'app-meeting-agenda',
  imports: [FormsModule, TranslatePipe, ErrorMessage, FieldError, ConfirmDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-agenda.html',
})
export class MeetingAgenda {
  private readonly api = inject(MeetingsApi);
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly size = fileSize;
  readonly meeting = input.required<BoardMeeting>();
  readonly changed = output<BoardMeeting>();
  protected readonly call = new MeetingCall((m) => this.changed.emit(m));
  protected titleFr = '';
  protected titleEn = '';
  protected editing: { id: string; titleFr: string; titleEn: string } | null = null;
  private pendingRemoval: BoardAgendaItem | null = null;
  private readonly confirmRemove = viewChild.required<ConfirmDialog>('confirmRemove');
  protected readonly pendingDocument = signal<BoardDocument | null>(null);
  private readonly confirmRemoveDocument = viewChild.required<ConfirmDialog>('confirmRemoveDocument');

  protected title(item: BoardAgendaItem): string {
    return this.language() === 'en' ? item.titleEn : item.titleFr;
  }

  protected add(): void {
    this.call.run(this.api.addItem(this.meeting().id, { titleFr: this.titleFr.trim(), titleEn: this.titleEn.trim() }), 'meetings.agenda.added', () => {
      this.titleFr = '';
      this.titleEn = '';
    });
  }

  protected startEdit(item: BoardAgendaItem): void {
    this.editing = { id: item.id, titleFr: item.titleFr, titleEn: item.titleEn };
  }

  protected saveEdit(): void {
    const e = this.editing;
    if (!e) return;
    this.call.run(this.api.updateItem(this.meeting().id, e.id, { titleFr: e.titleFr.trim(), titleEn: e.titleEn.trim() }), 'meetings.agenda.updated', () => (this.editing = null));
  }

  protected move(index: number, delta: -1 | 1): void {
    const ids = this.meeting().agenda.map((i) => i.id);
    const target = index + delta;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target], ids[index]];
    this.call.run(this.api.reorder(this.meeting().id, ids), 'meetings.agenda.reordered');
  }

  protected askRemove(item: BoardAgendaItem): void {
    this.pendingRemoval = item;
    this.confirmRemove().open();
  }

  protected remove(): void {
    const item = this.pendingRemoval;
    if (item) this.call.run(this.api.removeItem(this.meeting().id, item.id), 'meetings.agenda.removed');
  }

  protected upload(item: BoardAgendaItem, input: HTMLInputElement): void {
    const file = input.files?.[0];
    if (!file) return;
    this.call.run(this.api.upload(this.meeting().id, item.id, file), 'meetings.documents.uploaded', () => (input.value = ''));
  }

  protected download(doc: BoardDocument): void {
    this.api.download(this.meeting().id, doc.id).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = doc.fileName;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
      error: (err: unknown) => this.call.error.set(toErrorView(err)),
    });
  }

  protected askRemoveDocument(doc: BoardDocument): void {
    this.pendingDocument.set(doc);
    this.confirmRemoveDocument().open();
  }

  protected removeDocument(): void {
    const doc = this.pendingDocument();
    if (doc) this.call.run(this.api.removeDocument(this.meeting().id, doc.id), 'meetings.documents.removed');
  }
}
