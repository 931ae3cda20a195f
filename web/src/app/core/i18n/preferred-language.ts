import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CurrentUser, Language } from '@concerto/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from './language.service';

/**
 * The one language choice, whichever control is used (header switch, account page): applied at
 * once, and for a signed-in person saved as the account's preferred language (PATCH /api/me), so
 * that the next login, on any device, opens in it. Anonymous visitors keep it in this browser.
 */
@Injectable({ providedIn: 'root' })
export class PreferredLanguage {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly languages = inject(LanguageService);

  async choose(language: Language): Promise<void> {
    await this.languages.choose(language);
    const user = this.auth.user();
    if (!user || user.preferredLanguage === language) return;
    try {
      this.auth.updateUser(await firstValueFrom(this.http.patch<CurrentUser>('/api/me', { preferredLanguage: language })));
    } catch {
      // The interface already speaks the chosen language; the account keeps its former choice.
    }
  }
}
