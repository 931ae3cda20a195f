import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { AssemblySummary } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, map, of, startWith } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { AssembliesApi, assemblyTitle, assemblyWhen } from '../assemblies.api';

/** General assemblies, latest first, with their status and the person's own registration. */
@Component({
  selector: 'app-assembly-list',
  imports: [RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assembly-list.html',
})
export class AssemblyList {
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly when = assemblyWhen;
  protected readonly title = assemblyTitle;
  protected readonly state = toSignal(
    inject(AssembliesApi).list().pipe(
      map((assemblies) => ({ assemblies: [...assemblies].sort((a, b) => b.startsAt.localeCompare(a.startsAt)), error: null, loading: false })),
      catchError((err: unknown) => of({ assemblies: [] as AssemblySummary[], error: toErrorView(err), loading: false })),
      startWith({ assemblies: [] as AssemblySummary[], error: null, loading: true }),
    ),
    { requireSync: true },
  );
}
