import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BoardMeeting } from '@concerto/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { inspectDocument } from './document-type';
import { lockMeeting, MEETINGS_STREAM, requireNotCancelled } from './meeting-queries';
import { MeetingViewService } from './meeting-view.service';
import { meetingsError } from './meetings.errors';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

export interface DocumentDownload {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/**
 * Meeting documents, stored in PostgreSQL so that every API replica serves them. The type is
 * read from the content; the name and the declared type are not trusted.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly view: MeetingViewService,
  ) {}

  async upload(actor: Actor, meetingId: string, itemId: string, file: UploadedFile | undefined): Promise<BoardMeeting> {
    const doc = inspectDocument(file);
    if ('refusal' in doc) throw meetingsError(doc.refusal);
    const { fileName, mediaType, sizeBytes, sha256, content } = doc;
    await this.ds.transaction(async (em) => {
      requireNotCancelled(await lockMeeting(em, meetingId));
      const [item] = await em.query<unknown[]>(`SELECT 1 FROM board_agenda_items WHERE id = $1 AND meeting_id = $2`, [itemId, meetingId]);
      if (!item) throw meetingsError('AGENDA_ITEM_NOT_FOUND');
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO board_documents (agenda_item_id, file_name, media_type, size_bytes, sha256, content, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [itemId, fileName, mediaType, sizeBytes, sha256, content, actor.id || null],
      );
      await this.audit.append(em, MEETINGS_STREAM, actor, {
        action: 'board_meeting.document_added',
        targetType: 'board_document',
        targetId: row.id,
        after: { meetingId, agendaItemId: itemId, fileName, mediaType, sizeBytes, sha256 },
      });
    });
    return this.view.get(meetingId);
  }

  async download(meetingId: string, documentId: string): Promise<DocumentDownload> {
    const [doc] = await this.ds.query<DocumentDownload[]>(
      `SELECT d.file_name AS "fileName", d.media_type AS "mediaType", d.content
         FROM board_documents d JOIN board_agenda_items i ON i.id = d.agenda_item_id WHERE d.id = $1 AND i.meeting_id = $2`,
      [documentId, meetingId],
    );
    if (!doc) throw meetingsError('DOCUMENT_NOT_FOUND');
    return doc;
  }

  async remove(actor: Actor, meetingId: string, documentId: string): Promise<BoardMeeting> {
    await this.ds.transaction(async (em) => {
      requireNotCancelled(await lockMeeting(em, meetingId));
      const [doc] = await em.query<{ fileName: string; sha256: string; agendaItemId: string }[]>(
        `DELETE FROM board_documents d USING board_agenda_items i
          WHERE d.id = $1 AND i.id = d.agenda_item_id AND i.meeting_id = $2
          RETURNING d.file_name AS "fileName", d.sha256, d.agenda_item_id AS "agendaItemId"`,
        [documentId, meetingId],
      );
      if (!doc) throw meetingsError('DOCUMENT_NOT_FOUND');
      await this.audit.append(em, MEETINGS_STREAM, actor, { action: 'board_meeting.document_removed', targetType: 'board_document', targetId: documentId, before: { meetingId, ...doc } });
    });
    return this.view.get(meetingId);
  }
}
