import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { ArchiveHit } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { MinutesApi, meetingDay } from '../minutes.api';

const PAGE_SIZE = 20;

/** /archive: the public search of published minutes and adopted resolutions; the filters live in the URL. */
@Component({
  selector: 'app-archive-search',
  imports: [RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './archive-search.html',
  styleUrl: '../minutes.css',
})
export class ArchiveSearch {
  private readonly api = inject(MinutesApi);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService).language;
  protected readonly day = meetingDay;
  /** Query parameters (router input binding). */
  readonly q = input<string>();
  readonly year = input<string>();
  readonly number = input<string>();
  readonly page = input<string>();

  protected readonly query = computed(() => ({
    q: this.q() ?? '',
    year: validInt(this.year(), 1900, 2999),
    number: validInt(this.number(), 1, 9999),
    page: validInt(this.page(), 1, 10000) ?? 1,
  }));
  protected readonly results = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.search({ ...params, q: params.q || undefined, pageSize: PAGE_SIZE }),
  });
  protected readonly error = computed(() => (this.results.error() ? toErrorView(this.results.error()) : null));
  protected readonly pages = computed(() => Math.max(1, Math.ceil((this.results.value()?.total ?? 0) / PAGE_SIZE)));

  protected search(form: HTMLFormElement): void {
    const data = new FormData(form);
    const value = (k: string) => {
      const v = data.get(k);
      return typeof v === 'string' && v.trim() ? v.trim() : null;
    };
    void this.router.navigate([], { queryParams: { q: value('q'), year: value('year'), number: value('number'), page: null } });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { queryParams: { page: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }

  protected title(hit: ArchiveHit): string {
    return hit.kind === 'resolution' ? 'archive.resolutionOf' : hit.minutesKind === 'erratum' ? 'archive.erratumOf' : 'archive.minutesOf';
  }

  protected excerpt(hit: ArchiveHit): string {
    const text = this.language() === 'en' ? hit.textEn : hit.textFr;
    return text.length >= 400 ? text.slice(0, 300).replace(/\s+\S*$/, '') + ' …' : text;
  }
}

function validInt(value: string | undefined, min: number, max: number): number | undefined {
  if (!value || !/^\d{1,5}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}
