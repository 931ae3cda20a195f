import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Page, Person, PersonRequest, PersonUpdateRequest } from '@concerto/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from '../core/http/query-params';

export interface PeopleQuery {
  q?: string;
  page?: number;
  pageSize?: number;
}

@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly http = inject(HttpClient);

  list(query: PeopleQuery): Observable<Page<Person>> {
    return this.http.get<Page<Person>>('/api/people', { params: queryParams(query) });
  }

  get(id: string): Observable<Person> {
    return this.http.get<Person>(`/api/people/${encodeURIComponent(id)}`);
  }

  create(body: PersonRequest): Observable<Person> {
    return this.http.post<Person>('/api/people', body);
  }

  resendInvitation(id: string): Observable<void> {
    return this.http.post<void>(`/api/people/${encodeURIComponent(id)}/invitation`, {});
  }

  update(id: string, body: PersonUpdateRequest): Observable<Person> {
    return this.http.patch<Person>(`/api/people/${encodeURIComponent(id)}`, body);
  }
}
