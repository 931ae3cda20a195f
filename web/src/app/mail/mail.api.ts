import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MailMessage, MailQuery, MailSummary, Page } from '@concerto/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from '../core/http/query-params';

@Injectable({ providedIn: 'root' })
export class MailApi {
  private readonly http = inject(HttpClient);

  list(query: MailQuery): Observable<Page<MailSummary>> {
    return this.http.get<Page<MailSummary>>('/api/mail', { params: queryParams(query) });
  }

  get(id: string): Observable<MailMessage> {
    return this.http.get<MailMessage>(`/api/mail/${encodeURIComponent(id)}`);
  }
}
