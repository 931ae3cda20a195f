import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { LANGUAGES, type Language } from '@concerto/contracts';
import { firstValueFrom } from 'rxjs';

const STORAGE_KEY = 'concerto.language';
export const DEFAULT_LANGUAGE: Language = 'fr';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The interface language: French by default, English on request. One choice: for a signed-in
 * person it is the account's preferred language (applied on login; the header switch and the
 * account page both save it there, see PreferredLanguage); an anonymous visitor's choice is kept
 * in this browser (localStorage).
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);

  readonly language = this.current.asReadonly();
  readonly languages = LANGUAGES;

  /** Applies the remembered choice, or French. Resolves once the translations are loaded. */
  init(): Promise<unknown> {
    this.translate.addLangs([...LANGUAGES]);
    this.translate.setFallbackLang(DEFAULT_LANGUAGE);
    return this.apply(this.rememberedChoice() ?? DEFAULT_LANGUAGE);
  }

  /** A choice made in this browser: remembered here and applied (saving it to the account is PreferredLanguage's job). */
  choose(language: Language): Promise<unknown> {
    localStorage.setItem(STORAGE_KEY, language);
    return this.apply(language);
  }

  /** The account's preferred language, applied on login and when the session is restored: it wins. */
  applyPreference(language: Language): Promise<unknown> {
    if (!isLanguage(language)) return Promise.resolve();
    return this.choose(language);
  }

  private rememberedChoice(): Language | null {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  }

  private apply(language: Language): Promise<unknown> {
    this.current.set(language);
    this.document.documentElement.lang = language;
    return firstValueFrom(this.translate.use(language));
  }
}
