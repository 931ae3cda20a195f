import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/** The time, once a second, for the speakers' countdown (provided by the screen that shows one; stops with it). */
@Injectable()
export class Clock {
  readonly now = signal(Date.now());

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
