import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdoptionCandidate,
  ArchiveHit,
  ArchiveQuery,
  MinutesDetail,
  MinutesMeetingOption,
  MinutesSummary,
  MinutesVerification,
  Page,
  PublicMinutes,
  SignatureRole,
  UpdateMinutesRequest,
} from '@concerto/contracts';
import { FEDERATION_TIME_ZONE } from '@concerto/contracts';
import type { Observable } from 'rxjs';

const one = (id: string) => `/api/minutes/${encodeURIComponent(id)}`;

/** The board's minutes (drafts to publication) and the public archive. */
@Injectable({ providedIn: 'root' })
export class MinutesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<MinutesSummary[]> {
    return this.http.get<MinutesSummary[]>('/api/minutes');
  }
  meetings(): Observable<MinutesMeetingOption[]> {
    return this.http.get<MinutesMeetingOption[]>('/api/minutes/meetings');
  }
  create(meetingId: string): Observable<MinutesDetail> {
    return this.http.post<MinutesDetail>('/api/minutes', { meetingId });
  }
  get(id: string): Observable<MinutesDetail> {
    return this.http.get<MinutesDetail>(one(id));
  }
  update(id: string, body: UpdateMinutesRequest): Observable<MinutesDetail> {
    return this.http.patch<MinutesDetail>(one(id), body);
  }
  submit(id: string): Observable<MinutesDetail> {
    return this.http.post<MinutesDetail>(`${one(id)}/submission`, {});
  }
  candidates(id: string): Observable<AdoptionCandidate[]> {
    return this.http.get<AdoptionCandidate[]>(`${one(id)}/adoption-candidates`);
  }
  adopt(id: string, resolutionId: string): Observable<MinutesDetail> {
    return this.http.post<MinutesDetail>(`${one(id)}/adoption`, { resolutionId });
  }
  sign(id: string, password: string, role: SignatureRole): Observable<MinutesDetail> {
    return this.http.post<MinutesDetail>(`${one(id)}/signatures`, { password, role });
  }
  publish(id: string): Observable<MinutesDetail> {
    return this.http.post<MinutesDetail>(`${one(id)}/publication`, {});
  }
  erratum(id: string): Observable<MinutesDetail> {
    return this.http.post<MinutesDetail>(`${one(id)}/errata`, {});
  }

  search(query: ArchiveQuery): Observable<Page<ArchiveHit>> {
    let params = new HttpParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '' && v !== null) params = params.set(k, String(v));
    return this.http.get<Page<ArchiveHit>>('/api/archive', { params });
  }
  published(id: string): Observable<PublicMinutes> {
    return this.http.get<PublicMinutes>(`/api/archive/minutes/${encodeURIComponent(id)}`);
  }
  verify(id: string): Observable<MinutesVerification> {
    return this.http.get<MinutesVerification>(`/api/archive/minutes/${encodeURIComponent(id)}/verification`);
  }
}

/** The address of a published PDF (a plain link: downloads need no token). */
export function pdfUrl(id: string, language: 'fr' | 'en'): string {
  return `/api/archive/minutes/${encodeURIComponent(id)}/pdf/${language}`;
}

/** A meeting's date and time in the interface language, in the federation's time zone. */
export function meetingWhen(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : 'fr-CA', { timeZone: FEDERATION_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

export function meetingDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : 'fr-CA', { timeZone: FEDERATION_TIME_ZONE, dateStyle: 'long' }).format(new Date(iso));
}
