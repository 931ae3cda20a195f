import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { College, CollegeRequest } from '@concerto/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class CollegesApi {
  private readonly http = inject(HttpClient);

  /** Public: the colleges with their seats and member counts. */
  list(): Observable<College[]> {
    return this.http.get<College[]>('/api/colleges');
  }

  create(body: CollegeRequest): Observable<College> {
    return this.http.post<College>('/api/colleges', body);
  }

  update(id: string, body: Partial<CollegeRequest>): Observable<College> {
    return this.http.patch<College>(`/api/colleges/${encodeURIComponent(id)}`, body);
  }
}

/** The college's name in the interface language. */
export function collegeName(college: Pick<College, 'nameFr' | 'nameEn'>, language: string): string {
  return language === 'en' ? college.nameEn : college.nameFr;
}
