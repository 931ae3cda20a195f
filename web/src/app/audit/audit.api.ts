import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditEntryView, AuditQuery, AuditVerification, Page } from '@concerto/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from '../core/http/query-params';

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<Page<AuditEntryView>> {
    return this.http.get<Page<AuditEntryView>>('/api/audit', { params: queryParams(query) });
  }

  verify(): Observable<AuditVerification> {
    return this.http.get<AuditVerification>('/api/audit/verify');
  }
}
