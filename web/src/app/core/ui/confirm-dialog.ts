import { ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

let nextId = 0;

/**
 * Asks before an action with consequences: a native modal `<dialog>` that says what will happen,
 * takes the focus (on "Cancel", the safe choice), gives it back on close, and is cancelled by
 * Escape. Texts come translated; `confirmed` fires only on the confirm button.
 */
@Component({
  selector: 'app-confirm-dialog',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialog class="confirm-dialog" [attr.aria-labelledby]="id + '-title'" [attr.aria-describedby]="id + '-text'" [attr.data-testid]="testId()">
      <h2 [id]="id + '-title'">{{ title() }}</h2>
      <p [id]="id + '-text'">{{ message() }}</p>
      <div class="actions">
        <button type="button" class="btn" [class.btn-danger]="danger()" [class.btn-primary]="!danger()" (click)="confirm()" data-testid="confirm-ok">
          {{ confirmLabel() }}
        </button>
        <button type="button" class="btn btn-secondary" (click)="close()" data-testid="confirm-cancel" autofocus>{{ 'core.actions.cancel' | translate }}</button>
      </div>
    </dialog>
  `,
})
export class ConfirmDialog {
  readonly title = input.required<string>();
  readonly message = input.required<string>();
  readonly confirmLabel = input.required<string>();
  readonly danger = input(false);
  readonly testId = input('confirm-dialog');
  readonly confirmed = output<void>();
  protected readonly id = `confirm-${++nextId}`;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  open(): void {
    const dialog = this.dialog().nativeElement;
    if (!dialog.open) dialog.showModal();
  }

  protected close(): void {
    this.dialog().nativeElement.close();
  }

  protected confirm(): void {
    this.close();
    this.confirmed.emit();
  }
}
