import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { BOARD_OFFICES, type BoardOffice, type BoardOfficer, type BoardRegister, type BoardTerm } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ConfirmDialog } from '../../core/ui/confirm-dialog';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError } from '../../core/ui/field-error';
import { BoardApi, localized } from '../board.api';

/**
 * The board of directors, public: each college's seats with their holder and term, vacancies,
 * youth seats, and the officers. The secretary and the administrator also name and end officers
 * here; a seat's own page has its history and the changes to its terms.
 */
@Component({
  selector: 'app-board-page',
  imports: [FormsModule, RouterLink, TranslatePipe, ErrorMessage, FieldError, ConfirmDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-page.html',
})
export class BoardPage {
  private readonly api = inject(BoardApi);
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly localized = localized;
  protected readonly offices = BOARD_OFFICES;

  protected readonly register = signal<BoardRegister | null>(null);
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly actionError = signal<ErrorView | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly keeper = computed(() => this.auth.can('board.write'));

  /** Each office with its current holder, or null when it is vacant. */
  protected readonly officeRows = computed(() => {
    const officers = this.register()?.officers ?? [];
    return BOARD_OFFICES.map((office) => ({ office, officer: officers.find((o) => o.office === office) ?? null }));
  });
  /** The board members today, by name: who may be named to an office. */
  protected readonly members = computed(() => {
    const terms = (this.register()?.colleges ?? []).flatMap((c) => c.seats.map((s) => s.current)).filter((t): t is BoardTerm => t !== null);
    return terms.sort((a, b) => a.fullName.localeCompare(b.fullName, 'fr'));
  });

  protected office: BoardOffice | '' = '';
  protected personId = '';
  /** The officer whose mandate the dialog is about. */
  protected readonly ending = signal<BoardOfficer | null>(null);
  private readonly nameDialog = viewChild<ConfirmDialog>('nameDialog');
  private readonly endDialog = viewChild<ConfirmDialog>('endDialog');

  constructor() {
    this.load();
  }

  private load(): void {
    this.api.register().subscribe({
      next: (r) => this.register.set(r),
      error: (err: unknown) => this.loadError.set(toErrorView(err)),
    });
  }

  protected chosenName(): string {
    return this.members().find((m) => m.personId === this.personId)?.fullName ?? '';
  }

  /** Naming asks first: the office's current holder, if any, leaves it. */
  protected askName(): void {
    this.actionError.set(null);
    this.nameDialog()?.open();
  }

  protected name(): void {
    if (!this.office) return;
    this.run(this.api.nameOfficer({ office: this.office, personId: this.personId }), 'board.officers.named');
  }

  protected askEnd(officer: BoardOfficer): void {
    this.ending.set(officer);
    this.endDialog()?.open();
  }

  protected end(): void {
    const officer = this.ending();
    if (officer) this.run(this.api.endOfficer(officer.id), 'board.officers.ended');
  }

  private run(call: Observable<unknown>, noticeKey: string): void {
    this.busy.set(true);
    this.actionError.set(null);
    this.notice.set(null);
    call.subscribe({
      next: () => {
        this.busy.set(false);
        this.notice.set(noticeKey);
        this.office = '';
        this.personId = '';
        this.load();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.actionError.set(toErrorView(err));
      },
    });
  }
}
