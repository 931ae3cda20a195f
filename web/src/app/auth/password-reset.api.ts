import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PasswordResetConfirmRequest, PasswordResetRequest } from '@concerto/contracts';
import type { Observable } from 'rxjs';

/** Forgotten password and invitation links (public endpoints). */
@Injectable({ providedIn: 'root' })
export class PasswordResetApi {
  private readonly http = inject(HttpClient);

  request(body: PasswordResetRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset', body);
  }

  confirm(body: PasswordResetConfirmRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset/confirm', body);
  }
}
