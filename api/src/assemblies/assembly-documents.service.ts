import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssemblyDetail, AssemblyStatus } from '@concerto/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { assemblyDuties, assemblyVisible } from '../common/access';
import { commonError } from '../common/app-error';
import { checkInput } from '../common/input-guard';
import { flattenValidationErrors } from '../common/validation';
import type { DocumentDownload, UploadedFile } from '../meetings/documents.service';
import { inspectDocument } from '../meetings/document-type';
import { AssemblyViewService } from './assembly-view.service';
import { ASSEMBLIES_STREAM, lockAssembly } from './assembly-queries';
import { assembliesError } from './assemblies.errors';
import { AssemblyDocumentFieldsDto } from './dto/assembly.dto';

/**
 * Documents of an assembly (reports, financial statements, draft minutes), stored in PostgreSQL.
 * The type is read from the content; the name and the declared type are not trusted.
 */
@Injectable()
export class AssemblyDocumentsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly view: AssemblyViewService,
  ) {}

  async upload(actor: Actor, id: string, file: UploadedFile | undefined, fields: Record<string, unknown>): Promise<AssemblyDetail> {
    checkInput(fields, '');
    const titles = plainToInstance(AssemblyDocumentFieldsDto, { titleFr: fields['titleFr'], titleEn: fields['titleEn'] });
    const errors = await validate(titles, { whitelist: true });
    if (errors.length) throw commonError('VALIDATION_FAILED', {}, flattenValidationErrors(errors));
    const doc = inspectDocument(file);
    if ('refusal' in doc) throw assembliesError(doc.refusal);
    const { fileName, mediaType, sizeBytes, sha256, content } = doc;
    await this.ds.transaction(async (em) => {
      const a = await lockAssembly(em, id);
      if (a.status === 'closed' || a.status === 'cancelled') throw assembliesError('ASSEMBLY_NOT_EDITABLE');
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO assembly_documents (assembly_id, title_fr, title_en, file_name, media_type, size_bytes, sha256, content) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [id, titles.titleFr, titles.titleEn, fileName, mediaType, sizeBytes, sha256, content],
      );
      await this.audit.append(em, ASSEMBLIES_STREAM, actor, {
        action: 'assembly.document_added',
        targetType: 'assembly_document',
        targetId: row.id,
        after: { assemblyId: id, titleFr: titles.titleFr, titleEn: titles.titleEn, fileName, mediaType, sizeBytes, sha256 },
      });
    });
    return this.view.get(actor, id);
  }

  /** A document, for those who may see the assembly (a draft's only to those who prepare it). */
  async download(actor: Actor, id: string, documentId: string): Promise<DocumentDownload> {
    const [doc] = await this.ds.query<(DocumentDownload & { status: AssemblyStatus })[]>(
      `SELECT d.file_name AS "fileName", d.media_type AS "mediaType", d.content, a.status
         FROM assembly_documents d JOIN assemblies a ON a.id = d.assembly_id WHERE d.id = $1 AND d.assembly_id = $2`,
      [documentId, id],
    );
    const duties = doc?.status === 'draft' && actor.id ? await assemblyDuties(this.ds.manager, id, actor.id) : [];
    if (!doc || !assemblyVisible(doc.status, actor.roles, duties)) throw assembliesError('DOCUMENT_NOT_FOUND');
    return doc;
  }

  async remove(actor: Actor, id: string, documentId: string): Promise<AssemblyDetail> {
    await this.ds.transaction(async (em) => {
      const a = await lockAssembly(em, id);
      if (a.status === 'closed' || a.status === 'cancelled') throw assembliesError('ASSEMBLY_NOT_EDITABLE');
      const [doc] = await em.query<{ fileName: string; sha256: string; titleFr: string }[]>(
        `DELETE FROM assembly_documents WHERE id = $1 AND assembly_id = $2 RETURNING file_name AS "fileName", sha256, title_fr AS "titleFr"`,
        [documentId, id],
      );
      if (!doc) throw assembliesError('DOCUMENT_NOT_FOUND');
      await this.audit.append(em, ASSEMBLIES_STREAM, actor, { action: 'assembly.document_removed', targetType: 'assembly_document', targetId: documentId, before: { assemblyId: id, ...doc } });
    });
    return this.view.get(actor, id);
  }
}
