/**
 * RFC 4180 CSV parsing: quoted fields, doubled quotes, commas and line breaks inside quotes,
 * CRLF or LF. Also accepts `;` as separator (Excel in fr-CA writes it) when the header uses it.
 * Returns rows of fields with the 1-based line number each row starts on.
 */
export interface CsvRow {
  line: number;
  fields: string[];
}

export function detectSeparator(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const commas = (firstLine.match(/,/g) ?? []).length;
  const semis = (firstLine.match(/;/g) ?? []).length;
  return semis > commas ? ';' : ',';
}

export function parseCsv(input: string, separator: ',' | ';' = detectSeparator(input)): CsvRow[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') inQuotes = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    } else if (ch === '\n') {
      endRow();
      line++;
      rowLine = line;
    } else field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}
