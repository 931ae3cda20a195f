import { ChangeDetectionStrategy, Component, computed, inject, input, output, viewChild } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { AGENDA_ITEM_KINDS, type AgendaItemKind, type AssemblyAgendaItem, type AssemblyDetail } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/language.service';
import { ConfirmDialog } from '../../core/ui/confirm-dialog';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError } from '../../core/ui/field-error';
import { AssembliesApi, assemblyTitle } from '../assemblies.api';
import { AssemblyCall } from '../assembly-call';

interface ItemDraft {
  kind: AgendaItemKind;
  titleFr: string;
  titleEn: string;
  bodyFr: string;
  bodyEn: string;
}

/** The usual name of each standard item, in both languages (a starting point the organizers may change). */
const STANDARD_TITLES: Record<Exclude<AgendaItemKind, 'custom'>, { fr: string; en: string }> = {
  opening: { fr: 'Ouverture de l\'assemblée', en: 'Opening of the assembly' },
  agenda_adoption: { fr: 'Adoption de l\'ordre du jour', en: 'Adoption of the agenda' },
  previous_minutes: { fr: 'Adoption du procès-verbal de l\'assemblée précédente', en: 'Adoption of the minutes of the previous assembly' },
  reports: { fr: 'Rapports', en: 'Reports' },
  elections: { fr: 'Élections', en: 'Elections' },
  motions: { fr: 'Propositions', en: 'Motions' },
  other_business: { fr: 'Varia', en: 'Other business' },
  closing: { fr: 'Levée de l\'assemblée', en: 'Adjournment' },
};

const emptyDraft = (): ItemDraft => ({ kind: 'custom', titleFr: '', titleEn: '', bodyFr: '', bodyEn: '' });

/** The agenda in order, with the current item marked; the administrator adds, edits, removes and reorders items before the assembly opens. */
@Component({
  selector: 'app-assembly-agenda',
  imports: [FormsModule, NgTemplateOutlet, TranslatePipe, ErrorMessage, FieldError, ConfirmDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assembly-agenda.html',
})
export class AssemblyAgenda {
  private readonly api = inject(AssembliesApi);
  private readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly title = assemblyTitle;
  protected readonly kinds = AGENDA_ITEM_KINDS;
  readonly assembly = input.required<AssemblyDetail>();
  readonly changed = output<AssemblyDetail>();
  protected readonly call = new AssemblyCall();
  protected readonly editable = computed(() => this.auth.can('assemblies.write') && ['draft', 'convened'].includes(this.assembly().status));
  protected draft: ItemDraft = emptyDraft();
  protected editing: (ItemDraft & { id: string }) | null = null;
  private pendingRemoval: AssemblyAgendaItem | null = null;
  private readonly confirmRemove = viewChild.required<ConfirmDialog>('confirmRemove');

  /** Choosing a standard kind fills empty titles with its usual name, in both languages. */
  protected kindChosen(target: ItemDraft): void {
    if (target.kind === 'custom') return;
    const usual = STANDARD_TITLES[target.kind];
    if (!target.titleFr.trim()) target.titleFr = usual.fr;
    if (!target.titleEn.trim()) target.titleEn = usual.en;
  }

  private body(d: ItemDraft) {
    return { kind: d.kind, titleFr: d.titleFr.trim(), titleEn: d.titleEn.trim(), bodyFr: d.bodyFr.trim() || null, bodyEn: d.bodyEn.trim() || null };
  }

  protected add(): void {
    this.call.run(this.api.addItem(this.assembly().id, this.body(this.draft)), 'assemblies.agenda.added', (a) => {
      this.draft = emptyDraft();
      this.changed.emit(a);
    });
  }

  protected startEdit(item: AssemblyAgendaItem): void {
    this.editing = { id: item.id, kind: item.kind, titleFr: item.titleFr, titleEn: item.titleEn, bodyFr: item.bodyFr ?? '', bodyEn: item.bodyEn ?? '' };
  }

  protected saveEdit(): void {
    const e = this.editing;
    if (!e) return;
    this.call.run(this.api.updateItem(this.assembly().id, e.id, this.body(e)), 'assemblies.agenda.updated', (a) => {
      this.editing = null;
      this.changed.emit(a);
    });
  }

  protected move(index: number, delta: -1 | 1): void {
    const ids = this.assembly().agenda.map((i) => i.id);
    const target = index + delta;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target], ids[index]];
    this.call.run(this.api.reorder(this.assembly().id, ids), 'assemblies.agenda.reordered', (a) => this.changed.emit(a));
  }

  protected askRemove(item: AssemblyAgendaItem): void {
    this.pendingRemoval = item;
    this.confirmRemove().open();
  }

  protected remove(): void {
    const item = this.pendingRemoval;
    if (item) this.call.run(this.api.removeItem(this.assembly().id, item.id), 'assemblies.agenda.removed', (a) => this.changed.emit(a));
  }
}
