import { Injectable } from '@angular/core';
import { type TranslationObject, TranslateLoader } from '@ngx-translate/core';
import { type Observable, from, of } from 'rxjs';
import { FR_TRANSLATIONS } from './translations.fr';

/**
 * The translations come with the code, not as files fetched at start-up: French (the default) in
 * the main bundle, English as one lazy chunk. Both are hashed and cached like the rest of the app.
 */
@Injectable()
export class FeatureFilesLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    if (lang === 'en') return from(import('./translations.en').then((m) => m.EN_TRANSLATIONS as TranslationObject));
    return of(FR_TRANSLATIONS as TranslationObject);
  }
}
