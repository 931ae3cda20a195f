import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { Delegate, Person } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ConfirmDialog } from '../../core/ui/confirm-dialog';
import { ErrorMessage } from '../../core/ui/error-message';
import { PeopleApi } from '../../people/people.api';
import { MembersApi } from '../members.api';

/** The administrator's view of a member's delegates: designate a person, end a designation. */
@Component({
  selector: 'app-member-delegates',
  imports: [FormsModule, TranslatePipe, ErrorMessage, ConfirmDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-delegates.html',
})
export class MemberDelegates {
  private readonly members = inject(MembersApi);
  private readonly people = inject(PeopleApi);
  private readonly destroyRef = inject(DestroyRef);
  readonly memberId = input.required<string>();

  protected readonly delegates = signal<Delegate[] | null>(null);
  protected readonly candidates = signal<Person[] | null>(null);
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected search = '';
  /** The designation the confirmation dialog is about. */
  protected readonly ending = signal<Delegate | null>(null);
  private readonly endDialog = viewChild.required<ConfirmDialog>('endDialog');

  constructor() {
    effect(() => this.load(this.memberId()));
  }

  private load(memberId: string): void {
    this.members.delegates(memberId).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (list) => this.delegates.set(list),
      error: (err: unknown) => this.error.set(toErrorView(err)),
    });
  }

  protected findPeople(): void {
    this.error.set(null);
    this.people.list({ q: this.search.trim() || undefined, pageSize: 10 }).subscribe({
      next: (page) => this.candidates.set(page.items),
      error: (err: unknown) => this.error.set(toErrorView(err)),
    });
  }

  protected designate(person: Person): void {
    this.act(() => this.members.designate(this.memberId(), { personId: person.id }), 'members.delegates.designated');
  }

  /** Ending a designation asks first (it takes the person's vote away). */
  protected askEnd(delegate: Delegate): void {
    this.ending.set(delegate);
    this.endDialog().open();
  }

  protected end(): void {
    const delegate = this.ending();
    if (delegate) this.act(() => this.members.endDesignation(this.memberId(), delegate.id), 'members.delegates.ended');
  }

  private act(call: () => Observable<unknown>, noticeKey: string): void {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    call().subscribe({
      next: () => {
        this.busy.set(false);
        this.notice.set(noticeKey);
        this.candidates.set(null);
        this.load(this.memberId());
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}
