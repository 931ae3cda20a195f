import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

/** Under /people (people.read is checked by the parent route). */
export const PEOPLE_ROUTES: Routes = [
  { path: '', title: 'people.list.title', loadComponent: () => import('./list/people-list').then((m) => m.PeopleList) },
  { path: 'new', title: 'people.form.createTitle', canActivate: [permissionGuard('people.write')], loadComponent: () => import('./form/person-form').then((m) => m.PersonForm) },
  { path: ':id/edit', title: 'people.form.editTitle', canActivate: [permissionGuard('people.write')], loadComponent: () => import('./form/person-form').then((m) => m.PersonForm) },
];
