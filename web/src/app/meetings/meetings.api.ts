import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionItemRequest,
  ActionItemStatusRequest,
  AgendaItemRequest,
  AttendanceRequest,
  BoardActionItem,
  BoardMeeting,
  BoardMeetingRequest,
  BoardMeetingSummary,
  BoardMeetingUpdateRequest,
  ConflictRequest,
  ResolutionDecisionRequest,
  ResolutionRequest,
} from '@concerto/contracts';
import { FEDERATION_TIME_ZONE } from '@concerto/contracts';
import type { Observable } from 'rxjs';

/** Board meetings; every change answers with the whole meeting as the screen shows it. */
@Injectable({ providedIn: 'root' })
export class MeetingsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<BoardMeetingSummary[]> {
    return this.http.get<BoardMeetingSummary[]>('/api/meetings');
  }

  get(id: string): Observable<BoardMeeting> {
    return this.http.get<BoardMeeting>(`/api/meetings/${encodeURIComponent(id)}`);
  }

  create(body: BoardMeetingRequest): Observable<BoardMeeting> {
    return this.http.post<BoardMeeting>('/api/meetings', body);
  }

  update(id: string, body: BoardMeetingUpdateRequest): Observable<BoardMeeting> {
    return this.http.patch<BoardMeeting>(`${this.base(id)}`, body);
  }

  addItem(id: string, body: AgendaItemRequest): Observable<BoardMeeting> {
    return this.http.post<BoardMeeting>(`${this.base(id)}/agenda`, body);
  }

  updateItem(id: string, itemId: string, body: Partial<AgendaItemRequest>): Observable<BoardMeeting> {
    return this.http.patch<BoardMeeting>(`${this.base(id)}/agenda/${encodeURIComponent(itemId)}`, body);
  }

  removeItem(id: string, itemId: string): Observable<BoardMeeting> {
    return this.http.delete<BoardMeeting>(`${this.base(id)}/agenda/${encodeURIComponent(itemId)}`);
  }

  reorder(id: string, itemIds: string[]): Observable<BoardMeeting> {
    return this.http.put<BoardMeeting>(`${this.base(id)}/agenda/order`, { itemIds });
  }

  upload(id: string, itemId: string, file: File): Observable<BoardMeeting> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<BoardMeeting>(`${this.base(id)}/agenda/${encodeURIComponent(itemId)}/documents`, form);
  }

  /** The document's content (the download goes through the API client, which carries the session). */
  download(id: string, documentId: string): Observable<Blob> {
    return this.http.get(`${this.base(id)}/documents/${encodeURIComponent(documentId)}`, { responseType: 'blob' });
  }

  removeDocument(id: string, documentId: string): Observable<BoardMeeting> {
    return this.http.delete<BoardMeeting>(`${this.base(id)}/documents/${encodeURIComponent(documentId)}`);
  }

  convoke(id: string): Observable<BoardMeeting> {
    return this.http.post<BoardMeeting>(`${this.base(id)}/convocation`, {});
  }

  attendance(id: string, body: AttendanceRequest): Observable<BoardMeeting> {
    return this.http.put<BoardMeeting>(`${this.base(id)}/attendance`, body);
  }

  declareConflict(id: string, body: ConflictRequest): Observable<BoardMeeting> {
    return this.http.post<BoardMeeting>(`${this.base(id)}/conflicts`, body);
  }

  propose(id: string, body: ResolutionRequest): Observable<BoardMeeting> {
    return this.http.post<BoardMeeting>(`${this.base(id)}/resolutions`, body);
  }

  decide(id: string, resolutionId: string, body: ResolutionDecisionRequest): Observable<BoardMeeting> {
    return this.http.post<BoardMeeting>(`${this.base(id)}/resolutions/${encodeURIComponent(resolutionId)}/decision`, body);
  }

  addActionItem(id: string, body: ActionItemRequest): Observable<BoardMeeting> {
    return this.http.post<BoardMeeting>(`${this.base(id)}/action-items`, body);
  }

  myActionItems(): Observable<BoardActionItem[]> {
    return this.http.get<BoardActionItem[]>('/api/action-items/mine');
  }

  updateActionItem(itemId: string, body: ActionItemStatusRequest | Partial<ActionItemRequest>): Observable<BoardActionItem> {
    return this.http.patch<BoardActionItem>(`/api/action-items/${encodeURIComponent(itemId)}`, body);
  }

  private base(id: string): string {
    return `/api/meetings/${encodeURIComponent(id)}`;
  }
}

/** A meeting's date and time in the interface language, in the federation's time zone. */
export function meetingWhen(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : 'fr-CA', { dateStyle: 'full', timeStyle: 'short', timeZone: FEDERATION_TIME_ZONE }).format(new Date(iso));
}

/** A size in kB or MB, as people read it. */
export function fileSize(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-CA' : 'fr-CA';
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} ${language === 'en' ? 'kB' : 'ko'}`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} ${language === 'en' ? 'MB' : 'Mo'}`;
}
