import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { type Permission, STANDINGS } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, map, of, startWith } from 'rxjs';
import { MyConvocations } from '../assemblies/convocations/my-convocations';
import { MyBoardSeat } from '../board/my-seat/my-board-seat';
import { AuthService } from '../core/auth/auth.service';
import { toErrorView } from '../core/http/api-error';
import { ErrorMessage } from '../core/ui/error-message';
import { MyActionItems } from '../meetings/my-action-items/my-action-items';
import { DashboardApi } from './dashboard.api';

interface Shortcut {
  id: string;
  link: string;
  title: string;
  text: string;
  permission: Permission;
}

/** Shortcuts, each shown when the user's roles grant its permission. */
const SHORTCUTS: readonly Shortcut[] = [
  { id: 'directory', link: '/members', title: 'dashboard.shortcuts.directory.title', text: 'dashboard.shortcuts.directory.text', permission: 'members.read' },
  { id: 'newMember', link: '/members/new', title: 'dashboard.shortcuts.newMember.title', text: 'dashboard.shortcuts.newMember.text', permission: 'members.write' },
  { id: 'import', link: '/members/import', title: 'dashboard.shortcuts.import.title', text: 'dashboard.shortcuts.import.text', permission: 'members.import' },
  { id: 'people', link: '/people', title: 'dashboard.shortcuts.people.title', text: 'dashboard.shortcuts.people.text', permission: 'people.read' },
  { id: 'colleges', link: '/colleges', title: 'dashboard.shortcuts.colleges.title', text: 'dashboard.shortcuts.colleges.text', permission: 'colleges.read' },
  { id: 'settings', link: '/settings', title: 'dashboard.shortcuts.settings.title', text: 'dashboard.shortcuts.settings.text', permission: 'settings.read' },
  { id: 'audit', link: '/audit', title: 'dashboard.shortcuts.audit.title', text: 'dashboard.shortcuts.audit.text', permission: 'audit.read' },
];

@Component({
  selector: 'app-dashboard',
  imports: [RouterLink, TranslatePipe, ErrorMessage, MyBoardSeat, MyActionItems, MyConvocations],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard.html',
})
export class Dashboard {
  protected readonly auth = inject(AuthService);
  protected readonly standings = STANDINGS;
  protected readonly state = toSignal(
    inject(DashboardApi).summary().pipe(
      map((summary) => ({ summary, error: null })),
      catchError((err: unknown) => of({ summary: null, error: toErrorView(err) })),
      startWith({ summary: null, error: null }),
    ),
    { requireSync: true },
  );
  protected readonly shortcuts = computed(() => SHORTCUTS.filter((s) => this.auth.can(s.permission)));
}
