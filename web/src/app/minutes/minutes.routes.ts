import type { Routes } from '@angular/router';

export const MINUTES_ROUTES: Routes = [
  { path: '', title: 'minutes.list.title', loadComponent: () => import('./list/minutes-list').then((m) => m.MinutesList) },
  { path: ':id', title: 'minutes.detail.title', loadComponent: () => import('./detail/minutes-detail').then((m) => m.MinutesDetailPage) },
];
