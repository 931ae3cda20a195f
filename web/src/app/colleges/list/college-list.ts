import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { totalSeats } from '@concerto/domain';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, map, of, startWith } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { CollegesApi, collegeName } from '../colleges.api';

@Component({
  selector: 'app-college-list',
  imports: [RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './college-list.html',
})
export class CollegeList {
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly name = collegeName;
  protected readonly state = toSignal(
    inject(CollegesApi).list().pipe(
      map((colleges) => ({ colleges: [...colleges].sort((a, b) => a.sortOrder - b.sortOrder), error: null, loading: false })),
      catchError((err: unknown) => of({ colleges: [], error: toErrorView(err), loading: false })),
      startWith({ colleges: [], error: null, loading: true }),
    ),
    { requireSync: true },
  );
  protected readonly totals = computed(() => {
    const colleges = this.state().colleges;
    return { seats: totalSeats(colleges), members: colleges.reduce((sum, c) => sum + c.memberCount, 0) };
  });
}
