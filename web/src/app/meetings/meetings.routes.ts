import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export const MEETINGS_ROUTES: Routes = [
  { path: '', title: 'meetings.list.title', loadComponent: () => import('./list/meeting-list').then((m) => m.MeetingList) },
  { path: 'new', title: 'meetings.form.title', canActivate: [permissionGuard('meetings.write')], loadComponent: () => import('./form/meeting-form').then((m) => m.MeetingForm) },
  { path: ':id', title: 'meetings.detail.title', loadComponent: () => import('./detail/meeting-detail').then((m) => m.MeetingDetail) },
];
