import { execFile } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { promisify } from 'util';

/** The text of a PDF (pdf-parse, in a child process) and, given `png`, its first page as an image. */
export async function readPdf(pdf: Buffer, png?: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'concerto-pdf-'));
  try {
    const file = join(dir, 'file.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'read-pdf.cjs'), file, ...(png ? [png] : [])], { maxBuffer: 64 * 1024 * 1024 });
    return (JSON.parse(stdout) as { text: string }).text;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
