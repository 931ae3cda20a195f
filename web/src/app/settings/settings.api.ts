import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BylawSettings, BylawSettingsRequest } from '@concerto/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class SettingsApi {
  private readonly http = inject(HttpClient);

  get(): Observable<BylawSettings> {
    return this.http.get<BylawSettings>('/api/settings');
  }

  update(body: BylawSettingsRequest): Observable<BylawSettings> {
    return this.http.patch<BylawSettings>('/api/settings', body);
  }
}
