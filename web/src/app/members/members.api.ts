import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Delegate,
  DelegateRequest,
  DelegateRequestCreate,
  DelegateRequestStatus,
  DesignateDelegateRequest,
  ImportReport,
  Member,
  MemberContactRequest,
  MemberQuery,
  MemberRequest,
  Page,
  SuspendMemberRequest,
} from '@concerto/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from '../core/http/query-params';

const base = (id: string) => `/api/members/${encodeURIComponent(id)}`;

@Injectable({ providedIn: 'root' })
export class MembersApi {
  private readonly http = inject(HttpClient);

  list(query: MemberQuery): Observable<Page<Member>> {
    return this.http.get<Page<Member>>('/api/members', { params: queryParams(query) });
  }

  get(id: string): Observable<Member> {
    return this.http.get<Member>(base(id));
  }

  create(body: MemberRequest): Observable<Member> {
    return this.http.post<Member>('/api/members', body);
  }

  update(id: string, body: MemberRequest): Observable<Member> {
    return this.http.patch<Member>(base(id), body);
  }

  suspend(id: string, body: SuspendMemberRequest): Observable<Member> {
    return this.http.post<Member>(`${base(id)}/suspend`, body);
  }

  reinstate(id: string): Observable<Member> {
    return this.http.post<Member>(`${base(id)}/reinstate`, {});
  }

  delegates(id: string): Observable<Delegate[]> {
    return this.http.get<Delegate[]>(`${base(id)}/delegates`);
  }

  designate(id: string, body: DesignateDelegateRequest): Observable<Delegate> {
    return this.http.post<Delegate>(`${base(id)}/delegates`, body);
  }

  endDesignation(id: string, delegateId: string): Observable<void> {
    return this.http.delete<void>(`${base(id)}/delegates/${encodeURIComponent(delegateId)}`);
  }

  /** Only the contact fields: what a delegate may keep up to date for their organization. */
  updateContact(id: string, body: MemberContactRequest): Observable<Member> {
    return this.http.patch<Member>(`${base(id)}/contact`, body);
  }

  /** The directory as CSV (every row matching the filters, in the sort shown), as a file to save. */
  export(query: MemberQuery): Observable<Blob> {
    const { page: _page, pageSize: _pageSize, ...filters } = query;
    return this.http.get('/api/members/export', { params: queryParams(filters), responseType: 'blob' });
  }

  delegateRequests(id: string): Observable<DelegateRequest[]> {
    return this.http.get<DelegateRequest[]>(`${base(id)}/delegate-requests`);
  }

  requestDelegate(id: string, body: DelegateRequestCreate): Observable<DelegateRequest> {
    return this.http.post<DelegateRequest>(`${base(id)}/delegate-requests`, body);
  }

  /** The administrator's queue (pending requests unless told otherwise). */
  allDelegateRequests(status: DelegateRequestStatus = 'pending'): Observable<DelegateRequest[]> {
    return this.http.get<DelegateRequest[]>('/api/delegate-requests', { params: { status } });
  }

  approveRequest(requestId: string): Observable<DelegateRequest> {
    return this.http.post<DelegateRequest>(`/api/delegate-requests/${encodeURIComponent(requestId)}/approve`, {});
  }

  rejectRequest(requestId: string, reason: string): Observable<DelegateRequest> {
    return this.http.post<DelegateRequest>(`/api/delegate-requests/${encodeURIComponent(requestId)}/reject`, { reason });
  }

  /** The CSV text as is; the API validates every row and creates all of them or none. */
  import(csv: string): Observable<ImportReport> {
    return this.http.post<ImportReport>('/api/members/import', csv, { headers: { 'Content-Type': 'text/csv' } });
  }
}
