import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';
import { focusElement } from '../ui/focus';

/**
 * After each navigation to another page (login included; not on first load, nor when only the
 * query changes, as with a list's filters or pages), focus goes to the page's heading (h1,
 * tabindex -1), so that screen readers announce the new page and Tab continues from its top.
 */
@Injectable({ providedIn: 'root' })
export class PageFocus {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private lastPath: string | null = null;

  start(): void {
    this.router.events.pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd)).subscribe((e) => {
      const path = e.urlAfterRedirects.split(/[?#]/)[0];
      const first = this.lastPath === null;
      const moved = path !== this.lastPath;
      this.lastPath = path;
      if (!first && moved) this.focusHeading(20);
    });
  }

  /** The page may still be loading (lazy component, data): look again a few times. */
  private focusHeading(attempts: number): void {
    setTimeout(() => {
      const heading = this.document.querySelector<HTMLElement>('main h1');
      if (heading) focusElement(heading);
      else if (attempts > 1) this.focusHeading(attempts - 1);
    }, 50);
  }
}
