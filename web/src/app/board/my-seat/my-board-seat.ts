import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, map, of } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { BoardApi, localized } from '../board.api';

/** On a board member's dashboard: their seat, when their term ends, and their offices. */
@Component({
  selector: 'app-my-board-seat',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (seat(); as s) {
      <section class="card highlight" aria-labelledby="my-seat-title" data-testid="my-board-seat">
        <h2 id="my-seat-title">{{ 'board.mine.title' | translate }}</h2>
        <p>{{ 'board.mine.text' | translate: { college: localized(s.collegeNameFr, s.collegeNameEn, language()), number: s.number, start: s.startsOn, end: s.endsOn } }}</p>
        @for (office of s.offices; track office) {
          <span class="badge">{{ 'enums.boardOffice.' + office | translate }}</span>
        }
        <p><a routerLink="/board">{{ 'board.register.title' | translate }}</a></p>
      </section>
    }
  `,
})
export class MyBoardSeat {
  protected readonly language = inject(LanguageService).language;
  protected readonly localized = localized;
  protected readonly seat = toSignal(
    inject(BoardApi)
      .mySeat()
      .pipe(
        map((r) => r.seat),
        catchError(() => of(null)),
      ),
    { initialValue: null },
  );
}
