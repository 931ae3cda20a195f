/**
 * A row of a CSV file: its fields and the 1-based line it starts on (a quoted field may span
 * lines). Files are parsed by csv-parse, as a stream, in api/src/members/member-import.csv.ts.
 */
export interface CsvRow {
  line: number;
  fields: string[];
}
