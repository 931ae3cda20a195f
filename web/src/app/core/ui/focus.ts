import { Directive, ElementRef, Injector, afterNextRender, effect, inject, input } from '@angular/core';

/** Gives focus to `element`, making it focusable by script first if it is not (tabindex -1). */
export function focusElement(element: HTMLElement): void {
  if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) element.setAttribute('tabindex', '-1');
  element.focus();
}

/**
 * After a failed save, the first field in error (aria-invalid="true"), or else the error message,
 * takes the focus, so that keyboard and screen-reader users land on what to fix.
 */
export function focusFirstError(root: HTMLElement): void {
  const alert = '[role="alert"], .alert-error';
  const target = root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.querySelector<HTMLElement>(alert) ?? (root.closest('main') ?? root.ownerDocument).querySelector<HTMLElement>(alert);
  if (target) focusElement(target);
}

/**
 * `<form [appFocusFirstError]="error()">`: each time the form's error is set, once it is shown,
 * focus moves to the first field in error (see focusFirstError).
 */
@Directive({ selector: 'form[appFocusFirstError]' })
export class FocusFirstError {
  readonly appFocusFirstError = input<unknown>(null);
  private readonly host = inject<ElementRef<HTMLFormElement>>(ElementRef);
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      if (!this.appFocusFirstError()) return;
      afterNextRender(() => focusFirstError(this.host.nativeElement), { injector: this.injector });
    });
  }
}
