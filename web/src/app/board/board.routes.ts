import type { Routes } from '@angular/router';

/** Public: the register and each seat's history; the keepers' buttons appear on the same screens. */
export const BOARD_ROUTES: Routes = [
  { path: '', title: 'board.register.title', loadComponent: () => import('./register/board-page').then((m) => m.BoardPage) },
  { path: 'seats/:id', title: 'board.seat.title', loadComponent: () => import('./seat/seat-page').then((m) => m.SeatPage) },
];
