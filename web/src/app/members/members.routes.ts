import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

/** Under /members (members.read is checked by the parent route). */
export const MEMBERS_ROUTES: Routes = [
  { path: '', title: 'members.directory.title', loadComponent: () => import('./list/member-list').then((m) => m.MemberList) },
  { path: 'new', title: 'members.form.createTitle', canActivate: [permissionGuard('members.write')], loadComponent: () => import('./form/member-form').then((m) => m.MemberForm) },
  { path: 'import', title: 'members.import.title', canActivate: [permissionGuard('members.import')], loadComponent: () => import('./import/member-import').then((m) => m.MemberImport) },
  { path: ':id', title: 'members.detail.title', loadComponent: () => import('./detail/member-detail').then((m) => m.MemberDetail) },
  { path: ':id/edit', title: 'members.form.editTitle', canActivate: [permissionGuard('members.write')], loadComponent: () => import('./form/member-form').then((m) => m.MemberForm) },
];
