import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChangePasswordRequest, CurrentUser, UpdateMyAccountRequest } from '@concerto/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  me(): Observable<CurrentUser> {
    return this.http.get<CurrentUser>('/api/me');
  }

  update(body: UpdateMyAccountRequest): Observable<CurrentUser> {
    return this.http.patch<CurrentUser>('/api/me', body);
  }

  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/me/password', body);
  }
}
