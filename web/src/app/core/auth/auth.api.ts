import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LoginRequest, RefreshRequest, TokenResponse } from '@concerto/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(body: LoginRequest): Observable<TokenResponse> {
    return this.http.post<TokenResponse>('/api/auth/login', body);
  }

  refresh(body: RefreshRequest): Observable<TokenResponse> {
    return this.http.post<TokenResponse>('/api/auth/refresh', body);
  }

  logout(body: RefreshRequest): Observable<void> {
    return this.http.post<void>('/api/auth/logout', body);
  }
}
