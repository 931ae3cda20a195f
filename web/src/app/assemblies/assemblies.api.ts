import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ProxyHolderCandidate,
  AgendaItemKind,
  AssemblyDetail,
  AssemblyKind,
  AssemblyLiveState,
  AssemblyRegistration,
  AssemblyRequest,
  AssemblySummary,
  AttendanceMode,
  Convocation,
  CredentialCandidate,
  FloorRequestKind,
} from '@concerto/contracts';
import { FEDERATION_TIME_ZONE } from '@concerto/contracts';
import type { Observable } from 'rxjs';

export interface AgendaItemBody {
  kind: AgendaItemKind;
  titleFr: string;
  titleEn: string;
  bodyFr?: string | null;
  bodyEn?: string | null;
}

/** What the public room display loads with its link. */
export interface DisplaySnapshot {
  assembly: { id: string; kind: AssemblyKind; titleFr: string; titleEn: string; startsAt: string; place: string | null };
  live: AssemblyLiveState;
}

/** General assemblies: setup (administrator), the delegate's own steps, the credentials desk, the chair's console, the room display. */
@Injectable({ providedIn: 'root' })
export class AssembliesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<AssemblySummary[]> {
    return this.http.get<AssemblySummary[]>('/api/assemblies');
  }

  get(id: string): Observable<AssemblyDetail> {
    return this.http.get<AssemblyDetail>(this.base(id));
  }

  create(body: AssemblyRequest): Observable<AssemblyDetail> {
    return this.http.post<AssemblyDetail>('/api/assemblies', body);
  }

  update(id: string, body: Partial<AssemblyRequest>): Observable<AssemblyDetail> {
    return this.http.patch<AssemblyDetail>(this.base(id), body);
  }

  cancel(id: string): Observable<AssemblyDetail> {
    return this.http.post<AssemblyDetail>(`${this.base(id)}/cancel`, {});
  }

  addItem(id: string, body: AgendaItemBody): Observable<AssemblyDetail> {
    return this.http.post<AssemblyDetail>(`${this.base(id)}/agenda`, body);
  }

  updateItem(id: string, itemId: string, body: Partial<AgendaItemBody>): Observable<AssemblyDetail> {
    return this.http.patch<AssemblyDetail>(`${this.base(id)}/agenda/${encodeURIComponent(itemId)}`, body);
  }

  removeItem(id: string, itemId: string): Observable<AssemblyDetail> {
    return this.http.delete<AssemblyDetail>(`${this.base(id)}/agenda/${encodeURIComponent(itemId)}`);
  }

  reorder(id: string, itemIds: string[]): Observable<AssemblyDetail> {
    return this.http.put<AssemblyDetail>(`${this.base(id)}/agenda/order`, { itemIds });
  }

  upload(id: string, file: File, titleFr: string, titleEn: string): Observable<AssemblyDetail> {
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('titleFr', titleFr);
    form.append('titleEn', titleEn);
    return this.http.post<AssemblyDetail>(`${this.base(id)}/documents`, form);
  }

  download(id: string, documentId: string): Observable<Blob> {
    return this.http.get(`${this.base(id)}/documents/${encodeURIComponent(documentId)}`, { responseType: 'blob' });
  }

  removeDocument(id: string, documentId: string): Observable<AssemblyDetail> {
    return this.http.delete<AssemblyDetail>(`${this.base(id)}/documents/${encodeURIComponent(documentId)}`);
  }

  staff(id: string, chairId: string | null, credentialsIds: string[]): Observable<AssemblyDetail> {
    return this.http.put<AssemblyDetail>(`${this.base(id)}/staff`, { chairId, credentialsIds });
  }

  convoke(id: string): Observable<AssemblyDetail> {
    return this.http.post<AssemblyDetail>(`${this.base(id)}/convocation`, {});
  }

  myConvocations(): Observable<Convocation[]> {
    return this.http.get<Convocation[]>('/api/assemblies/convocations/mine');
  }

  // The delegate's own steps.
  register(id: string): Observable<unknown> {
    return this.http.post(`${this.base(id)}/register`, {});
  }

  withdraw(id: string): Observable<unknown> {
    return this.http.delete(`${this.base(id)}/register`);
  }

  checkInOnline(id: string): Observable<unknown> {
    return this.http.post(`${this.base(id)}/check-in`, { mode: 'online' });
  }

  checkOut(id: string): Observable<unknown> {
    return this.http.post(`${this.base(id)}/check-out`, {});
  }

  askFloor(id: string, kind: FloorRequestKind): Observable<unknown> {
    return this.http.post(`${this.base(id)}/floor`, { kind });
  }

  withdrawFloor(id: string): Observable<unknown> {
    return this.http.delete(`${this.base(id)}/floor`);
  }

  // The credentials desk.
  candidates(id: string, q: string): Observable<CredentialCandidate[]> {
    return this.http.get<CredentialCandidate[]>(`${this.base(id)}/credentials`, { params: { q } });
  }

  registrations(id: string, q = '', present?: boolean): Observable<AssemblyRegistration[]> {
    const params: Record<string, string> = { q };
    if (present !== undefined) params['present'] = String(present);
    return this.http.get<AssemblyRegistration[]>(`${this.base(id)}/registrations`, { params });
  }

  registerPerson(id: string, personId: string): Observable<AssemblyRegistration> {
    return this.http.post<AssemblyRegistration>(`${this.base(id)}/registrations`, { personId });
  }

  unregister(id: string, registrationId: string): Observable<unknown> {
    return this.http.delete(`${this.base(id)}/registrations/${encodeURIComponent(registrationId)}`);
  }

  checkIn(id: string, registrationId: string, mode: AttendanceMode): Observable<unknown> {
    return this.http.post(`${this.base(id)}/registrations/${encodeURIComponent(registrationId)}/check-in`, { mode });
  }

  checkOutPerson(id: string, registrationId: string): Observable<unknown> {
    return this.http.post(`${this.base(id)}/registrations/${encodeURIComponent(registrationId)}/check-out`, {});
  }

  recordProxy(id: string, giverPersonId: string, holderRegistrationId: string): Observable<unknown> {
    return this.http.post(`${this.base(id)}/proxies`, { giverPersonId, holderRegistrationId });
  }

  /** Registered delegates who may still take the asker's proxy (by name or member). */
  proxyHolders(id: string, q: string): Observable<ProxyHolderCandidate[]> {
    return this.http.get<ProxyHolderCandidate[]>(`${this.base(id)}/proxy-holders`, { params: { q } });
  }

  /** The asker, who will not attend, gives their vote to a registered delegate. */
  giveProxy(id: string, holderPersonId: string): Observable<unknown> {
    return this.http.post(`${this.base(id)}/proxy`, { holderPersonId });
  }

  removeProxy(id: string, proxyId: string): Observable<unknown> {
    return this.http.delete(`${this.base(id)}/proxies/${encodeURIComponent(proxyId)}`);
  }

  // The chair's console.
  live(id: string): Observable<AssemblyLiveState> {
    return this.http.get<AssemblyLiveState>(`${this.base(id)}/live`);
  }

  session(id: string, action: 'open' | 'close' | 'next' | 'previous'): Observable<unknown> {
    return this.http.post(`${this.base(id)}/session/${action}`, {});
  }

  editItemText(id: string, itemId: string, body: { bodyFr?: string | null; bodyEn?: string | null }): Observable<unknown> {
    return this.http.patch(`${this.base(id)}/session/items/${encodeURIComponent(itemId)}`, body);
  }

  nextSpeaker(id: string): Observable<unknown> {
    return this.http.post(`${this.base(id)}/speakers/next`, {});
  }

  giveFloor(id: string, speakerId: string): Observable<unknown> {
    return this.http.post(`${this.base(id)}/speakers/${encodeURIComponent(speakerId)}/give`, {});
  }

  endSpeaker(id: string, speakerId: string): Observable<unknown> {
    return this.http.post(`${this.base(id)}/speakers/${encodeURIComponent(speakerId)}/end`, {});
  }

  removeSpeaker(id: string, speakerId: string): Observable<unknown> {
    return this.http.delete(`${this.base(id)}/speakers/${encodeURIComponent(speakerId)}`);
  }

  displayLink(id: string): Observable<{ token: string; path: string }> {
    return this.http.post<{ token: string; path: string }>(`${this.base(id)}/display-link`, {});
  }

  // The room display (public, by its link).
  display(token: string): Observable<DisplaySnapshot> {
    return this.http.get<DisplaySnapshot>(`/api/display/${encodeURIComponent(token)}`);
  }

  eventsUrl(id: string): string {
    return `${this.base(id)}/events`;
  }

  displayEventsUrl(token: string): string {
    return `/api/display/${encodeURIComponent(token)}/events`;
  }

  private base(id: string): string {
    return `/api/assemblies/${encodeURIComponent(id)}`;
  }
}

/** An assembly's date and time in the interface language, in the federation's time zone. */
export function assemblyWhen(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : 'fr-CA', { dateStyle: 'full', timeStyle: 'short', timeZone: FEDERATION_TIME_ZONE }).format(new Date(iso));
}

/** The title in the interface language. */
export function assemblyTitle(a: { titleFr: string; titleEn: string }, language: string): string {
  return language === 'en' ? a.titleEn : a.titleFr;
}
