import type { Routes } from '@angular/router';
import { anonymousGuard, authGuard, permissionGuard } from './core/auth/auth.guards';

export const routes: Routes = [
  { path: '', pathMatch: 'full', title: 'home.title', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  { path: 'login', title: 'auth.login.title', canActivate: [anonymousGuard], loadComponent: () => import('./auth/login/login-page').then((m) => m.LoginPage) },
  { path: 'colleges', loadChildren: () => import('./colleges/colleges.routes').then((m) => m.COLLEGES_ROUTES) },
  { path: 'members', canActivate: [permissionGuard('members.read')], loadChildren: () => import('./members/members.routes').then((m) => m.MEMBERS_ROUTES) },
  { path: 'people', canActivate: [permissionGuard('people.read')], loadChildren: () => import('./people/people.routes').then((m) => m.PEOPLE_ROUTES) },
  { path: 'settings', title: 'settings.title', canActivate: [permissionGuard('settings.read')], loadComponent: () => import('./settings/settings-page').then((m) => m.SettingsPage) },
  { path: 'audit', title: 'audit.title', canActivate: [permissionGuard('audit.read')], loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage) },
  { path: 'account', title: 'account.title', canActivate: [authGuard], loadComponent: () => import('./account/account-page').then((m) => m.AccountPage) },
  { path: 'not-allowed', title: 'notAllowed.title', loadComponent: () => import('./not-allowed/not-allowed-page').then((m) => m.NotAllowedPage) },
  { path: '**', title: 'notFound.title', loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage) },
];
