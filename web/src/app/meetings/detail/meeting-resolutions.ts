import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { BOARD_VOTE_CHOICES, type BoardMeeting, type BoardResolution, type BoardVoteChoice, type DecisionMode } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError } from '../../core/ui/field-error';
import { MeetingsApi } from '../meetings.api';
import { MeetingCall } from './meeting-call';

/** Conflicts of interest and board resolutions: propose, record the votes or the consensus, see the number. */
@Component({
  selector: 'app-meeting-resolutions',
  imports: [FormsModule, TranslatePipe, ErrorMessage, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-resolutions.html',
})
export class MeetingResolutions {
  private readonly api = inject(MeetingsApi);
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly choices = BOARD_VOTE_CHOICES;
  readonly meeting = input.required<BoardMeeting>();
  readonly changed = output<BoardMeeting>();
  protected readonly call = new MeetingCall((m) => this.changed.emit(m));

  protected readonly present = computed(() => this.meeting().attendance.filter((a) => a.status === 'present'));
  /** Who the signed-in person may declare a conflict for: anyone on the board (secretary, admin), or themselves. */
  protected readonly declarable = computed(() => {
    const me = this.auth.user()?.id;
    const staff = this.auth.can('meetings.write');
    return this.meeting().attendance.filter((a) => staff || a.personId === me);
  });

  protected proposal = { agendaItemId: '', textFr: '', textEn: '', moverId: '', seconderId: '', decisionMode: 'vote' as DecisionMode };
  protected conflict = { agendaItemId: '', personId: '', note: '' };
  /** The choices being entered, per resolution then per member ('' = does not vote). */
  protected votes: Record<string, Record<string, BoardVoteChoice | ''>> = {};

  protected itemTitle(id: string | null): string {
    const item = this.meeting().agenda.find((i) => i.id === id);
    return item ? `${item.position}. ${this.language() === 'en' ? item.titleEn : item.titleFr}` : '';
  }

  protected text(r: BoardResolution): string {
    return this.language() === 'en' ? r.textEn : r.textFr;
  }

  /** The members who may vote on it: present, without a conflict on its item. */
  protected voters(r: BoardResolution) {
    const conflicted = new Set(this.meeting().conflicts.filter((c) => c.agendaItemId === r.agendaItemId).map((c) => c.personId));
    return this.present().filter((p) => !conflicted.has(p.personId));
  }

  protected ballot(r: BoardResolution): Record<string, BoardVoteChoice | ''> {
    return (this.votes[r.id] ??= {});
  }

  protected propose(): void {
    const p = this.proposal;
    this.call.run(
      this.api.propose(this.meeting().id, { agendaItemId: p.agendaItemId || null, textFr: p.textFr.trim(), textEn: p.textEn.trim(), moverId: p.moverId, seconderId: p.seconderId, decisionMode: p.decisionMode }),
      'meetings.resolutions.proposed',
      () => (this.proposal = { agendaItemId: '', textFr: '', textEn: '', moverId: '', seconderId: '', decisionMode: 'vote' }),
    );
  }

  protected recordVotes(r: BoardResolution): void {
    const votes = Object.entries(this.ballot(r))
      .filter(([, choice]) => choice !== '')
      .map(([personId, choice]) => ({ personId, choice: choice as BoardVoteChoice }));
    this.call.run(this.api.decide(this.meeting().id, r.id, { votes }), 'meetings.resolutions.decided');
  }

  protected consensus(r: BoardResolution, outcome: 'adopted' | 'rejected'): void {
    this.call.run(this.api.decide(this.meeting().id, r.id, { outcome }), 'meetings.resolutions.decided');
  }

  protected declare(): void {
    const c = this.conflict;
    this.call.run(this.api.declareConflict(this.meeting().id, { agendaItemId: c.agendaItemId, personId: c.personId, note: c.note.trim() || null }), 'meetings.conflicts.declared', () => {
      this.conflict = { agendaItemId: '', personId: '', note: '' };
    });
  }
}
