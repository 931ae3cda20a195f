import type { Routes } from '@angular/router';

/** Public: no account needed. */
export const ARCHIVE_ROUTES: Routes = [
  { path: '', title: 'archive.title', loadComponent: () => import('./archive-search').then((m) => m.ArchiveSearch) },
  { path: 'minutes/:id', title: 'archive.page.title', loadComponent: () => import('./public-minutes').then((m) => m.PublicMinutesPage) },
];
