import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ACTION_ITEM_STATUSES, type ActionItemStatus, type BoardActionItem, type BoardMeeting } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { switchMap } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError } from '../../core/ui/field-error';
import { MeetingsApi } from '../meetings.api';
import { MeetingCall } from './meeting-call';

/** The meeting's action items: description, owner, due date, status. */
@Component({
  selector: 'app-meeting-action-items',
  imports: [FormsModule, TranslatePipe, ErrorMessage, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-action-items.html',
})
export class MeetingActionItems {
  private readonly api = inject(MeetingsApi);
  protected readonly auth = inject(AuthService);
  protected readonly statuses = ACTION_ITEM_STATUSES;
  readonly meeting = input.required<BoardMeeting>();
  readonly changed = output<BoardMeeting>();
  protected readonly call = new MeetingCall((m) => this.changed.emit(m));
  protected draft = { description: '', ownerId: '', dueOn: '' };

  /** Owners offered: the board at the meeting's date, and the signed-in person (the secretary often owns follow-ups). */
  protected readonly owners = computed(() => {
    const people = this.meeting().attendance.map((a) => ({ id: a.personId, name: a.fullName }));
    const me = this.auth.user();
    if (me && !people.some((p) => p.id === me.id)) people.push({ id: me.id, name: me.fullName });
    return people;
  });

  protected canChange(item: BoardActionItem): boolean {
    return this.auth.can('meetings.write') || item.ownerId === this.auth.user()?.id;
  }

  protected add(): void {
    const d = this.draft;
    this.call.run(this.api.addActionItem(this.meeting().id, { description: d.description.trim(), ownerId: d.ownerId, dueOn: d.dueOn || null }), 'meetings.actionItems.added', () => {
      this.draft = { description: '', ownerId: '', dueOn: '' };
    });
  }

  protected setStatus(item: BoardActionItem, status: ActionItemStatus): void {
    const id = this.meeting().id;
    this.call.run(this.api.updateActionItem(item.id, { status }).pipe(switchMap(() => this.api.get(id))), 'meetings.actionItems.updated');
  }
}
