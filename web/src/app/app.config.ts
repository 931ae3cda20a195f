import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { type ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideTranslateCompiler, provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { routes } from './app.routes';
import { AuthService } from './core/auth/auth.service';
import { apiInterceptor } from './core/http/api.interceptor';
import { FeatureFilesLoader } from './core/i18n/feature-files.loader';
import { IcuCompiler } from './core/i18n/icu.compiler';
import { DEFAULT_LANGUAGE, LanguageService } from './core/i18n/language.service';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideHttpClient(withInterceptors([apiInterceptor])),
    // Translations are ICU MessageFormat ({count, plural, one {…} other {…}}), interpreted without eval (CSP).
    provideTranslateService({
      fallbackLang: DEFAULT_LANGUAGE,
      lang: DEFAULT_LANGUAGE,
      loader: provideTranslateLoader(FeatureFilesLoader),
      compiler: provideTranslateCompiler(IcuCompiler),
    }),
    // Translations and the session (a stored refresh token) together, before the first route: one
    // round trip fewer on a phone. The account's preferred language, applied once the session is
    // back, wins over the default (ngx-translate keeps the last language asked for).
    provideAppInitializer(async () => {
      const languages = inject(LanguageService);
      const auth = inject(AuthService);
      await Promise.all([languages.init(), auth.restore()]);
    }),
  ],
};
