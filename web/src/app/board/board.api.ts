import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AssignTermRequest,
  BoardCandidate,
  BoardOfficer,
  BoardRegister,
  BoardSeatHistory,
  CorrectTermRequest,
  EndTermRequest,
  MyBoardSeat,
  NameOfficerRequest,
  UpdateSeatRequest,
} from '@concerto/contracts';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The board register: public reads; the secretary's and the administrator's changes. */
@Injectable({ providedIn: 'root' })
export class BoardApi {
  private readonly http = inject(HttpClient);

  register(): Observable<BoardRegister> {
    return this.http.get<BoardRegister>('/api/board');
  }

  seat(seatId: string): Observable<BoardSeatHistory> {
    return this.http.get<BoardSeatHistory>(`/api/board/seats/${id(seatId)}`);
  }

  mySeat(): Observable<{ seat: MyBoardSeat | null }> {
    return this.http.get<{ seat: MyBoardSeat | null }>('/api/board/my-seat');
  }

  candidates(q: string): Observable<BoardCandidate[]> {
    return this.http.get<BoardCandidate[]>('/api/board/candidates', { params: q ? { q } : {} });
  }

  assign(seatId: string, body: AssignTermRequest): Observable<BoardSeatHistory> {
    return this.http.post<BoardSeatHistory>(`/api/board/seats/${id(seatId)}/terms`, body);
  }

  updateSeat(seatId: string, body: UpdateSeatRequest): Observable<BoardSeatHistory> {
    return this.http.patch<BoardSeatHistory>(`/api/board/seats/${id(seatId)}`, body);
  }

  endTerm(termId: string, body: EndTermRequest): Observable<BoardSeatHistory> {
    return this.http.post<BoardSeatHistory>(`/api/board/terms/${id(termId)}/end`, body);
  }

  correctTerm(termId: string, body: CorrectTermRequest): Observable<BoardSeatHistory> {
    return this.http.patch<BoardSeatHistory>(`/api/board/terms/${id(termId)}`, body);
  }

  nameOfficer(body: NameOfficerRequest): Observable<BoardOfficer[]> {
    return this.http.post<BoardOfficer[]>('/api/board/officers', body);
  }

  endOfficer(officerId: string): Observable<BoardOfficer[]> {
    return this.http.post<BoardOfficer[]>(`/api/board/officers/${id(officerId)}/end`, {});
  }
}

/** A name in the interface language, from its fr and en versions. */
export function localized(fr: string, en: string, language: string): string {
  return language === 'en' ? en : fr;
}
