import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export const ASSEMBLIES_ROUTES: Routes = [
  { path: '', title: 'assemblies.list.title', loadComponent: () => import('./list/assembly-list').then((m) => m.AssemblyList) },
  { path: 'new', title: 'assemblies.form.titleNew', canActivate: [permissionGuard('assemblies.write')], loadComponent: () => import('./form/assembly-form').then((m) => m.AssemblyForm) },
  { path: ':id', title: 'assemblies.detail.title', loadComponent: () => import('./detail/assembly-detail').then((m) => m.AssemblyDetailPage) },
  { path: ':id/edit', title: 'assemblies.form.titleEdit', canActivate: [permissionGuard('assemblies.write')], loadComponent: () => import('./form/assembly-form').then((m) => m.AssemblyForm) },
  { path: ':id/desk', title: 'assemblies.desk.title', canActivate: [permissionGuard('assemblies.credentials')], loadComponent: () => import('./desk/assembly-desk').then((m) => m.AssemblyDesk) },
  { path: ':id/console', title: 'assemblies.console.title', canActivate: [permissionGuard('assemblies.chair')], loadComponent: () => import('./console/assembly-console').then((m) => m.AssemblyConsole) },
];
