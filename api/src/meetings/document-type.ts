import { BOARD_DOCUMENT_MAX_BYTES, type BoardDocumentKind } from '@concerto/contracts';
import { createHash } from 'crypto';

export const MEDIA_TYPES: Record<BoardDocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

/**
 * What a file is, read from its content alone (never its name or declared type): a PDF, an
 * Office Open XML or OpenDocument file (a ZIP holding the parts of that format), or a legacy
 * Word or Excel file (an OLE2 compound file holding a WordDocument or Workbook stream). Anything
 * else, an executable renamed .pdf, a plain ZIP or an unreadable archive, is null.
 */
export function documentKind(content: Buffer): BoardDocumentKind | null {
  if (content.length >= 5 && content.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (content.length >= 512 && content.subarray(0, 8).equals(OLE2)) return oleKind(content);
  if (content.length >= 30 && content.readUInt32LE(0) === ZIP_LOCAL) return zipKind(content);
  return null;
}

/** Legacy Office: the stream names of the compound file's directory (UTF-16LE). */
function oleKind(content: Buffer): BoardDocumentKind | null {
  const has = (name: string) => content.includes(Buffer.from(name, 'utf16le'));
  if (has('WordDocument')) return 'doc';
  if (has('Workbook') || has('Book\u0000')) return 'xls';
  return null;
}

function zipKind(content: Buffer): BoardDocumentKind | null {
  const names = zipEntryNames(content);
  if (!names) return null;
  // OpenDocument: a first entry "mimetype", stored uncompressed, naming the format.
  const odf = openDocumentMimeType(content);
  if (odf && names.has('mimetype')) {
    if (odf === MEDIA_TYPES.odt) return 'odt';
    if (odf === MEDIA_TYPES.ods) return 'ods';
    if (odf === MEDIA_TYPES.odp) return 'odp';
    return null;
  }
  if (!names.has('[Content_Types].xml')) return null;
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  return null;
}

/** The names in the ZIP's central directory, or null when it cannot be read whole. */
function zipEntryNames(content: Buffer): Set<string> | null {
  const from = Math.max(0, content.length - 22 - 0xffff);
  let end = -1;
  for (let i = content.length - 22; i >= from; i--) {
    if (content.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = content.readUInt16LE(end + 10);
  let offset = content.readUInt32LE(end + 16);
  const names = new Set<string>();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > content.length || content.readUInt32LE(offset) !== ZIP_CENTRAL) return null;
    const nameLength = content.readUInt16LE(offset + 28);
    const extraLength = content.readUInt16LE(offset + 30);
    const commentLength = content.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > content.length) return null;
    names.add(content.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function openDocumentMimeType(content: Buffer): string | null {
  const method = content.readUInt16LE(8);
  const size = content.readUInt32LE(18);
  const nameLength = content.readUInt16LE(26);
  const extraLength = content.readUInt16LE(28);
  if (method !== 0 || size > 100 || content.subarray(30, 30 + nameLength).toString('latin1') !== 'mimetype') return null;
  const start = 30 + nameLength + extraLength;
  if (start + size > content.length) return null;
  return content.subarray(start, start + size).toString('latin1');
}

/**
 * A file name safe to store and to send back in Content-Disposition: the last segment of any
 * path, without control characters, at most 255 characters; the kind's extension when it has none.
 */
export function cleanFileName(raw: string, kind: BoardDocumentKind): string {
  const base = (raw.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .trim();
  const name = base || `document.${kind}`;
  return name.length > 255 ? name.slice(0, 255 - kind.length - 1) + '.' + kind : name;
}

/** Why an uploaded file is refused, as the error code both document kinds (meetings, assemblies) use. */
export type DocumentRefusal = 'DOCUMENT_MISSING' | 'DOCUMENT_EMPTY' | 'DOCUMENT_TOO_LARGE' | 'DOCUMENT_TYPE_REFUSED';

/** The messages of a refused file's content, the same for every kind of document. */
export const DOCUMENT_CONTENT_ERRORS = {
  DOCUMENT_EMPTY: { status: 400, fr: 'Le fichier est vide.', en: 'The file is empty.' },
  DOCUMENT_TOO_LARGE: { status: 413, fr: 'Le fichier dépasse 20 Mo, la taille maximale d’un document.', en: 'The file exceeds 20 MB, the largest a document may be.' },
  DOCUMENT_TYPE_REFUSED: {
    status: 415,
    fr: "Ce fichier n'est ni un PDF ni un document bureautique (Word, Excel, PowerPoint, OpenDocument) : son contenu ne correspond pas à ces formats, quel que soit son nom.",
    en: 'This file is neither a PDF nor an office document (Word, Excel, PowerPoint, OpenDocument): its content matches none of these formats, whatever its name.',
  },
} as const;

/** An accepted document: its cleaned name, its media type read from its content, its size, SHA-256 and bytes. */
export interface InspectedDocument {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
}

/**
 * The checks of every uploaded document, in order: present, not empty, at most 20 MB, a PDF or
 * office file by its content (not its name or declared type). The refusal's code otherwise.
 */
export function inspectDocument(file: { originalname: string; buffer: Buffer; size: number } | undefined): InspectedDocument | { refusal: DocumentRefusal } {
  if (!file) return { refusal: 'DOCUMENT_MISSING' };
  if (file.size === 0) return { refusal: 'DOCUMENT_EMPTY' };
  if (file.size > BOARD_DOCUMENT_MAX_BYTES) return { refusal: 'DOCUMENT_TOO_LARGE' };
  const kind = documentKind(file.buffer);
  if (!kind) return { refusal: 'DOCUMENT_TYPE_REFUSED' };
  return {
    fileName: cleanFileName(file.originalname, kind),
    mediaType: MEDIA_TYPES[kind],
    sizeBytes: file.size,
    sha256: createHash('sha256').update(file.buffer).digest('hex'),
    content: file.buffer,
  };
}
