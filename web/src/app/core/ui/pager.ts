import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** Previous / next navigation for a paged list, with "page x of y". */
@Component({
  selector: 'app-pager',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pageCount() > 1) {
      <nav class="pager" [attr.aria-label]="'core.pager.label' | translate">
        <button type="button" class="btn btn-secondary" data-testid="pager-previous"
                [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)">
          {{ 'core.pager.previous' | translate }}
        </button>
        <span>{{ 'core.pager.status' | translate: { page: page(), count: pageCount() } }}</span>
        <button type="button" class="btn btn-secondary" data-testid="pager-next"
                [disabled]="page() >= pageCount()" (click)="pageChange.emit(page() + 1)">
          {{ 'core.pager.next' | translate }}
        </button>
      </nav>
    }
  `,
})
export class Pager {
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  readonly pageChange = output<number>();
  protected readonly pageCount = computed(() => Math.max(1, Math.ceil(this.total() / Math.max(1, this.pageSize()))));
}
