import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ACTION_ITEM_STATUSES, type ActionItemStatus, type BoardActionItem } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { MeetingsApi, meetingWhen } from '../meetings.api';

/** On the dashboard: the signed-in person's open action items; they mark them done or cancelled. Hidden when there are none. */
@Component({
  selector: 'app-my-action-items',
  imports: [RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-action-items.html',
})
export class MyActionItems {
  private readonly api = inject(MeetingsApi);
  protected readonly language = inject(LanguageService).language;
  protected readonly when = meetingWhen;
  protected readonly statuses = ACTION_ITEM_STATUSES.filter((s) => s !== 'open');
  protected readonly items = signal<BoardActionItem[]>([]);
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    this.api.myActionItems().subscribe({ next: (items) => this.items.set(items), error: (err: unknown) => this.error.set(toErrorView(err)) });
  }

  protected set(item: BoardActionItem, status: ActionItemStatus): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.updateActionItem(item.id, { status }).subscribe({
      next: () => {
        this.busy.set(false);
        this.items.update((items) => items.filter((i) => i.id !== item.id));
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}
