import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { totalSeats } from '@concerto/domain';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, map, of, startWith } from 'rxjs';
import { CollegesApi, collegeName } from '../colleges/colleges.api';
import { toErrorView } from '../core/http/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { ErrorMessage } from '../core/ui/error-message';

/** What anyone may read without an account: the colleges and their board seats. */
@Component({
  selector: 'app-public-home',
  imports: [RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-home.html',
})
export class PublicHome {
  protected readonly language = inject(LanguageService).language;
  protected readonly state = toSignal(
    inject(CollegesApi).list().pipe(
      map((colleges) => ({ colleges: [...colleges].sort((a, b) => a.sortOrder - b.sortOrder), error: null, loading: false })),
      catchError((err: unknown) => of({ colleges: [], error: toErrorView(err), loading: false })),
      startWith({ colleges: [], error: null, loading: true }),
    ),
    { requireSync: true },
  );
  protected readonly seats = computed(() => totalSeats(this.state().colleges));
  protected readonly name = collegeName;
}
