import { Injectable, signal } from '@angular/core';
import { type MessageParams, compileMessage } from '../../core/i18n/icu';
import { FR_TRANSLATIONS } from '../../core/i18n/translations.fr';

type Tree = Record<string, unknown>;

/**
 * The room display speaks both languages at once, side by side: this reads the same translation
 * files as the rest of the app, in French and in English together (the English file is loaded
 * on first use), whatever the interface language.
 */
@Injectable()
export class DisplayWords {
  private readonly trees = signal<{ fr: Tree; en: Tree | null }>({ fr: FR_TRANSLATIONS, en: null });
  private readonly compiled = new Map<string, (params?: MessageParams) => string>();

  constructor() {
    void import('../../core/i18n/translations.en').then((m) => this.trees.update((t) => ({ ...t, en: m.EN_TRANSLATIONS })));
  }

  t(language: 'fr' | 'en', key: string, params?: MessageParams): string {
    const tree = this.trees()[language] ?? this.trees().fr;
    const cacheKey = `${tree === this.trees().fr ? 'fr' : language}:${key}`;
    let format = this.compiled.get(cacheKey);
    if (!format) {
      const message = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
      if (typeof message !== 'string') return key;
      format = compileMessage(message, language);
      this.compiled.set(cacheKey, format);
    }
    return format(params);
  }
}
