import { Injectable } from '@angular/core';
import { type InterpolatableTranslationObject, TranslateCompiler, type TranslationObject } from '@ngx-translate/core';
import { compileMessage } from './icu';

/** ngx-translate's compiler for the ICU MessageFormat strings of web/public/i18n (see icu.ts). */
@Injectable()
export class IcuCompiler extends TranslateCompiler {
  compile(value: string, lang: string) {
    return compileMessage(value, lang);
  }

  compileTranslations(translations: TranslationObject, lang: string): InterpolatableTranslationObject {
    const out: InterpolatableTranslationObject = {};
    for (const [key, value] of Object.entries(translations)) {
      if (typeof value === 'string') out[key] = compileMessage(value, lang);
      else if (value !== null && typeof value === 'object' && !Array.isArray(value)) out[key] = this.compileTranslations(value, lang);
      else out[key] = value;
    }
    return out;
  }
}
