import { DOC, DOCX, EXE, ODS, pdfBytes, zipBytes } from '../../test/meetings/meeting-fixtures';
import { cleanFileName, documentKind } from './document-type';

describe('the type of a meeting document, read from its content', () => {
  it('recognizes a PDF, Office Open XML, OpenDocument and legacy Word files', () => {
    expect(documentKind(pdfBytes())).toBe('pdf');
    expect(documentKind(DOCX())).toBe('docx');
    expect(documentKind(zipBytes([['[Content_Types].xml', ''], ['xl/workbook.xml', '']]))).toBe('xlsx');
    expect(documentKind(zipBytes([['[Content_Types].xml', ''], ['ppt/presentation.xml', '']]))).toBe('pptx');
    expect(documentKind(ODS())).toBe('ods');
    expect(documentKind(zipBytes([['mimetype', 'application/vnd.oasis.opendocument.text']]))).toBe('odt');
    expect(documentKind(DOC())).toBe('doc');
  });

  it('refuses an executable, a plain archive, a truncated archive, text and an unknown OLE2 file', () => {
    expect(documentKind(EXE())).toBeNull();
    expect(documentKind(zipBytes([['setup.exe', 'MZ']]))).toBeNull();
    expect(documentKind(DOCX().subarray(0, 60))).toBeNull();
    expect(documentKind(Buffer.from('hello, world'))).toBeNull();
    expect(documentKind(Buffer.concat([DOC().subarray(0, 8), Buffer.alloc(1024)]))).toBeNull();
    expect(documentKind(zipBytes([['mimetype', 'application/epub+zip']]))).toBeNull();
  });

  it('keeps a clean file name: no path, no control characters, an extension when there is none', () => {
    expect(cleanFileName('C:\\Users\\x\\Budget 2026.pdf', 'pdf')).toBe('Budget 2026.pdf');
    expect(cleanFileName('../../etc/"passwd"\r\n', 'pdf')).toBe('passwd');
    expect(cleanFileName('', 'docx')).toBe('document.docx');
    expect(cleanFileName('a'.repeat(400), 'pdf')).toHaveLength(255);
  });
});
