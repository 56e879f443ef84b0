import { ALL_FILES } from './export-files.js';
import type { Manifest } from './export-package.js';

/** The format's description, the same in every package and in the project's README ("The export format"). */
export const FORMAT_TEXT = `This package holds everything one principal (huvudman) owns in Brygga, and what those records point to, so that
the principal can keep it, read it, or load it into another Brygga (\`npm run import:principal -- <package.tar.gz>\`).
This description is in English; the data is as recorded (mostly Swedish).

- \`manifest.json\`: the format (\`brygga-principal-export\`, \`formatVersion\`), the database schema it was taken from
  (\`schemaVersion\`, the last migration), the principal, when it was made, and for each file its table, number of
  records, SHA-256 and size (and the same for its CSV copy), and its fields with their PostgreSQL types.
- One JSON Lines file per kind of record (\`<name>.jsonl\`, UTF-8): one JSON object per line, keys the database's
  column names. Dates are \`YYYY-MM-DD\`, times ISO 8601 with their offset, amounts and counts as numbers (amounts in
  kronor), arrays as arrays, JSON columns as JSON. A missing value is \`null\`.
- The same records as CSV for Excel (\`<name>.csv\`): UTF-8 with a byte-order mark, semicolon-separated, CRLF line
  ends, a header row; empty for null, arrays and JSON as JSON text, true/false for booleans.
- Each person is in people.jsonl once, however many enrolment periods they have. Records of other principals that
  this principal's records point to (openings of another municipality's employer, meetings they hold) come along
  so that every reference holds. Users come as minimal rows (id, name, organisation), organisations likewise.
- Not included: employers' contact logs and skill needs, shortlists, team memberships, meeting staff and interviews,
  sessions and passwords. Identity numbers (personnummer) are in people.jsonl, as they are the records' own.`;

/** The package's README.md: the format, then each file's records, description and fields. */
export function exportReadme(manifest: Manifest): string {
  const out = [
    `# Brygga: export of ${manifest.principal.name}`,
    '',
    `Made ${manifest.exportedAt} (export ${manifest.exportId}); schema ${manifest.schemaVersion}; format ${manifest.format} version ${manifest.formatVersion}.`,
    '',
    '## The format',
    '',
    FORMAT_TEXT,
    '',
    '## The files',
    '',
  ];
  for (const file of manifest.files) {
    const spec = ALL_FILES.find((f) => `${f.name}.jsonl` === file.file);
    out.push(`### ${file.file} (and ${file.csv})`, '', `${spec?.description ?? ''} Table \`${file.table}\`; ${file.rows} records.`, '');
    out.push('| field | type | may be null |', '|---|---|---|');
    for (const c of file.columns) out.push(`| \`${c.name}\` | ${c.type} | ${c.nullable ? 'yes' : 'no'} |`);
    out.push('');
  }
  return out.join('\n');
}
