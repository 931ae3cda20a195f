import type { Routes } from '@angular/router';

/** Under /mail (mail.read is checked by the parent route). */
export const MAIL_ROUTES: Routes = [
  { path: '', title: 'mail.list.title', loadComponent: () => import('./list/mail-list').then((m) => m.MailList) },
  { path: ':id', title: 'mail.detail.title', loadComponent: () => import('./detail/mail-detail').then((m) => m.MailDetail) },
];
