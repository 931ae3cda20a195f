import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type BoardMeeting, type MeetingStatus } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth/auth.service';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ConfirmDialog } from '../../core/ui/confirm-dialog';
import { ErrorMessage } from '../../core/ui/error-message';
import { MeetingsApi, meetingWhen } from '../meetings.api';
import { MeetingActionItems } from './meeting-action-items';
import { MeetingAgenda } from './meeting-agenda';
import { MeetingCall } from './meeting-call';
import { MeetingResolutions } from './meeting-resolutions';

/** One board meeting (/board/meetings/:id): details, convocation, agenda and documents, attendance and quorum, conflicts, resolutions, action items. */
@Component({
  selector: 'app-meeting-detail',
  imports: [FormsModule, RouterLink, TranslatePipe, ErrorMessage, ConfirmDialog, MeetingAgenda, MeetingResolutions, MeetingActionItems],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-detail.html',
})
export class MeetingDetail {
  private readonly api = inject(MeetingsApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly when = meetingWhen;
  protected readonly statuses = ATTENDANCE_STATUSES;
  readonly id = input.required<string>();

  protected readonly meeting = signal<BoardMeeting | null>(null);
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly call = new MeetingCall((m) => this.show(m));
  /** Attendance being entered, per person. */
  protected attendance: Record<string, AttendanceStatus | ''> = {};
  protected readonly pendingStatus = signal<MeetingStatus | null>(null);
  private readonly confirmConvocation = viewChild<ConfirmDialog>('confirmConvocation');
  private readonly confirmStatus = viewChild<ConfirmDialog>('confirmStatus');

  constructor() {
    effect(() => this.load(this.id()));
  }

  private load(id: string): void {
    this.meeting.set(null);
    this.loadError.set(null);
    this.api.get(id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (m) => this.show(m),
      error: (err: unknown) => this.loadError.set(toErrorView(err)),
    });
  }

  protected show(m: BoardMeeting): void {
    this.meeting.set(m);
    this.attendance = Object.fromEntries(m.attendance.map((a) => [a.personId, a.status ?? '']));
  }

  protected askConvocation(): void {
    this.confirmConvocation()?.open();
  }

  protected convoke(): void {
    const m = this.meeting();
    if (m) this.call.run(this.api.convoke(m.id), 'meetings.detail.convocationDone');
  }

  protected askStatus(status: MeetingStatus): void {
    this.pendingStatus.set(status);
    this.confirmStatus()?.open();
  }

  protected changeStatus(): void {
    const m = this.meeting();
    const status = this.pendingStatus();
    if (m && status) this.call.run(this.api.update(m.id, { status }), 'meetings.detail.statusChanged');
  }

  protected saveAttendance(): void {
    const m = this.meeting();
    if (!m) return;
    const entries = m.attendance
      .filter((a) => this.attendance[a.personId] && this.attendance[a.personId] !== a.status)
      .map((a) => ({ personId: a.personId, status: this.attendance[a.personId] as AttendanceStatus }));
    if (entries.length === 0) return;
    this.call.run(this.api.attendance(m.id, { entries }), 'meetings.attendance.saved');
  }
}
