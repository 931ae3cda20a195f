import type { Routes } from '@angular/router';
import { anonymousGuard, authGuard, permissionGuard } from './core/auth/auth.guards';

export const routes: Routes = [
  { path: '', pathMatch: 'full', title: 'home.title', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  { path: 'login', title: 'auth.login.title', canActivate: [anonymousGuard], loadComponent: () => import('./auth/login/login-page').then((m) => m.LoginPage) },
  {
    path: 'forgot-password',
    title: 'auth.forgot.title',
    canActivate: [anonymousGuard],
    loadComponent: () => import('./auth/forgot-password/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  { path: 'reset-password', title: 'auth.reset.title', loadComponent: () => import('./auth/reset-password/reset-password-page').then((m) => m.ResetPasswordPage) },
  { path: 'colleges', loadChildren: () => import('./colleges/colleges.routes').then((m) => m.COLLEGES_ROUTES) },
  { path: 'board', loadChildren: () => import('./board/board.routes').then((m) => m.BOARD_ROUTES) },
  { path: 'members', canActivate: [permissionGuard('members.read')], loadChildren: () => import('./members/members.routes').then((m) => m.MEMBERS_ROUTES) },
  { path: 'my-organization', title: 'members.mine.title', canActivate: [permissionGuard('delegateRequests.create')], loadComponent: () => import('./members/mine/my-organization').then((m) => m.MyOrganization) },
  { path: 'delegate-requests', title: 'members.requests.title', canActivate: [permissionGuard('delegateRequests.review')], loadComponent: () => import('./members/requests/delegate-requests').then((m) => m.DelegateRequests) },
  { path: 'board/meetings', canActivate: [permissionGuard('meetings.read')], loadChildren: () => import('./meetings/meetings.routes').then((m) => m.MEETINGS_ROUTES) },
  { path: 'people', canActivate: [permissionGuard('people.read')], loadChildren: () => import('./people/people.routes').then((m) => m.PEOPLE_ROUTES) },
  { path: 'settings', title: 'settings.title', canActivate: [permissionGuard('settings.read')], loadComponent: () => import('./settings/settings-page').then((m) => m.SettingsPage) },
  { path: 'board/minutes', canActivate: [permissionGuard('minutes.read')], loadChildren: () => import('./minutes/minutes.routes').then((m) => m.MINUTES_ROUTES) },
  { path: 'archive', loadChildren: () => import('./minutes/archive/archive.routes').then((m) => m.ARCHIVE_ROUTES) },
  { path: 'audit', title: 'audit.title', canActivate: [permissionGuard('audit.read')], loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage) },
  { path: 'mail', canActivate: [permissionGuard('mail.read')], loadChildren: () => import('./mail/mail.routes').then((m) => m.MAIL_ROUTES) },
  { path: 'assemblies', canActivate: [permissionGuard('assemblies.read')], loadChildren: () => import('./assemblies/assemblies.routes').then((m) => m.ASSEMBLIES_ROUTES) },
  // The room display: public (its link is the key), shown without the app's header and footer (see App).
  { path: 'display/:token', title: 'assemblies.display.title', loadComponent: () => import('./assemblies/display/room-display').then((m) => m.RoomDisplay) },
  { path: 'account', title: 'account.title', canActivate: [authGuard], loadComponent: () => import('./account/account-page').then((m) => m.AccountPage) },
  { path: 'not-allowed', title: 'notAllowed.title', loadComponent: () => import('./not-allowed/not-allowed-page').then((m) => m.NotAllowedPage) },
  { path: '**', title: 'notFound.title', loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage) },
];
