import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export const COLLEGES_ROUTES: Routes = [
  { path: '', title: 'colleges.list.title', loadComponent: () => import('./list/college-list').then((m) => m.CollegeList) },
  { path: 'new', title: 'colleges.form.createTitle', canActivate: [permissionGuard('colleges.write')], loadComponent: () => import('./form/college-form').then((m) => m.CollegeForm) },
  { path: ':id/edit', title: 'colleges.form.editTitle', canActivate: [permissionGuard('colleges.write')], loadComponent: () => import('./form/college-form').then((m) => m.CollegeForm) },
];
