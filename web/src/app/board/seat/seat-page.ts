import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { BoardCandidate, BoardSeatHistory, BoardTerm } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ConfirmDialog } from '../../core/ui/confirm-dialog';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError, fieldAria } from '../../core/ui/field-error';
import { BoardApi, localized } from '../board.api';

/** Today in the browser, YYYY-MM-DD (the default start of a new term and end of a term ended now). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * One seat: its holder and every past term (public). The secretary and the administrator name a
 * holder (a person picker: the people directory is the administrator's), end the current term,
 * correct a term's end, and mark the seat reserved for the youth wing, each after a confirmation.
 */
@Component({
  selector: 'app-seat-page',
  imports: [FormsModule, RouterLink, TranslatePipe, ErrorMessage, FieldError, ConfirmDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './seat-page.html',
})
export class SeatPage {
  private readonly api = inject(BoardApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly localized = localized;
  protected readonly aria = fieldAria;
  readonly id = input.required<string>();

  protected readonly history = signal<BoardSeatHistory | null>(null);
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly actionError = signal<ErrorView | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly keeper = computed(() => this.auth.can('board.write'));

  protected search = '';
  protected readonly candidates = signal<BoardCandidate[] | null>(null);
  protected readonly chosen = signal<BoardCandidate | null>(null);
  protected startsOn = today();
  protected endsOn = '';
  protected endedOn = today();
  /** The term whose end is being corrected, and the new end. */
  protected readonly correcting = signal<BoardTerm | null>(null);
  protected correctedEnd = '';

  private readonly assignDialog = viewChild<ConfirmDialog>('assignDialog');
  private readonly endDialog = viewChild<ConfirmDialog>('endDialog');
  private readonly youthDialog = viewChild<ConfirmDialog>('youthDialog');

  constructor() {
    effect(() => this.load(this.id()));
  }

  private load(id: string): void {
    this.api.seat(id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (h) => this.show(h),
      error: (err: unknown) => this.loadError.set(toErrorView(err)),
    });
  }

  /** The seat; a new term starts today on a vacant seat, when the current one ends otherwise. */
  private show(h: BoardSeatHistory): void {
    this.history.set(h);
    const current = h.seat.current;
    this.startsOn = current ? (current.endedOn ?? current.endsOn) : today();
  }

  protected collegeName(h: BoardSeatHistory): string {
    return localized(h.seat.collegeNameFr, h.seat.collegeNameEn, this.language());
  }

  protected findPeople(): void {
    this.actionError.set(null);
    this.api.candidates(this.search.trim()).subscribe({
      next: (people) => this.candidates.set(people),
      error: (err: unknown) => this.actionError.set(toErrorView(err)),
    });
  }

  protected choose(person: BoardCandidate): void {
    this.chosen.set(person);
    this.candidates.set(null);
  }

  protected askAssign(): void {
    if (this.chosen()) this.assignDialog()?.open();
  }

  protected assign(): void {
    const person = this.chosen();
    if (!person) return;
    this.run(this.api.assign(this.id(), { personId: person.id, startsOn: this.startsOn, ...(this.endsOn ? { endsOn: this.endsOn } : {}) }), 'board.seat.assigned');
  }

  protected askEnd(): void {
    this.endDialog()?.open();
  }

  protected end(): void {
    const term = this.history()?.seat.current;
    if (term) this.run(this.api.endTerm(term.id, { endedOn: this.endedOn }), 'board.seat.ended');
  }

  protected startCorrection(term: BoardTerm): void {
    this.correcting.set(term);
    this.correctedEnd = term.endsOn;
  }

  protected correct(): void {
    const term = this.correcting();
    if (term) this.run(this.api.correctTerm(term.id, { endsOn: this.correctedEnd }), 'board.seat.corrected');
  }

  protected askYouth(): void {
    this.youthDialog()?.open();
  }

  protected toggleYouth(): void {
    const h = this.history();
    if (h) this.run(this.api.updateSeat(h.seat.id, { youthReserved: !h.seat.youthReserved }), h.seat.youthReserved ? 'board.seat.youthUnmarked' : 'board.seat.youthMarked');
  }

  private run(call: Observable<BoardSeatHistory>, noticeKey: string): void {
    this.busy.set(true);
    this.actionError.set(null);
    this.notice.set(null);
    call.subscribe({
      next: (h) => {
        this.busy.set(false);
        this.notice.set(noticeKey);
        this.show(h);
        this.chosen.set(null);
        this.correcting.set(null);
        this.search = '';
        this.endsOn = '';
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.actionError.set(toErrorView(err));
      },
    });
  }
}
