import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { Member } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type Observable, catchError, of } from 'rxjs';
import { CollegesApi, collegeName } from '../../colleges/colleges.api';
import { AuthService } from '../../core/auth/auth.service';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ConfirmDialog } from '../../core/ui/confirm-dialog';
import { ErrorMessage } from '../../core/ui/error-message';
import { MembersApi } from '../members.api';
import { MemberDelegates } from './member-delegates';

@Component({
  selector: 'app-member-detail',
  imports: [FormsModule, RouterLink, TranslatePipe, ErrorMessage, ConfirmDialog, MemberDelegates],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-detail.html',
})
export class MemberDetail {
  private readonly api = inject(MembersApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  readonly id = input.required<string>();

  protected readonly member = signal<Member | null>(null);
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly actionError = signal<ErrorView | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected suspendReason = '';

  private readonly colleges = toSignal(inject(CollegesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly college = computed(() => this.colleges().find((c) => c.id === this.member()?.collegeId) ?? null);
  protected readonly collegeName = collegeName;

  constructor() {
    effect(() => this.load(this.id()));
  }

  private load(id: string): void {
    this.member.set(null);
    this.loadError.set(null);
    this.api.get(id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (member) => this.member.set(member),
      error: (err: unknown) => this.loadError.set(toErrorView(err)),
    });
  }

  protected suspend(): void {
    const reason = this.suspendReason.trim();
    const member = this.member();
    if (!member) return;
    this.run(this.api.suspend(member.id, { reason }), 'members.detail.suspended');
  }

  protected reinstate(): void {
    const member = this.member();
    if (member) this.run(this.api.reinstate(member.id), 'members.detail.reinstated');
  }

  private run(call: Observable<Member>, noticeKey: string): void {
    this.busy.set(true);
    this.actionError.set(null);
    this.notice.set(null);
    call.subscribe({
      next: (member) => {
        this.busy.set(false);
        this.member.set(member);
        this.suspendReason = '';
        this.notice.set(noticeKey);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.actionError.set(toErrorView(err));
      },
    });
  }
}
