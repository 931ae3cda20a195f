import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type TranslationObject, TranslateLoader } from '@ngx-translate/core';
import { type Observable, forkJoin, map } from 'rxjs';
import { TRANSLATION_FILES } from './translation-files';

/** Loads every feature file of a language (see translation-files.ts) and joins them. */
@Injectable()
export class FeatureFilesLoader implements TranslateLoader {
  private readonly http = inject(HttpClient);

  getTranslation(lang: string): Observable<TranslationObject> {
    return forkJoin(TRANSLATION_FILES.map((file) => this.http.get<TranslationObject>(`/i18n/${lang}/${file}.json`))).pipe(
      map((parts) => parts.reduce<TranslationObject>((all, part) => ({ ...all, ...part }), {})),
    );
  }
}
