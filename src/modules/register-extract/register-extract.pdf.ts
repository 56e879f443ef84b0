import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { LABELS, VALUES } from './register-extract.labels.js';
import type { RegisterExtract, Row } from './register-extract.types.js';

/**
 * DejaVu Sans, embedded: pdfkit's built-in Helvetica knows only Windows-1252, and the people's names are written in
 * many alphabets (ł, ğ, ș, Cyrillic, Arabic letters); DejaVu covers them (right-to-left text is not reordered).
 */
const fonts = createRequire(import.meta.url);
const FONT_FILES = { regular: fonts.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), bold: fonts.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf') };
const REGULAR = 'Body';
const BOLD = 'Body-Bold';

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' });

/** A value as the PDF shows it: codes and instants in Swedish, yes/no in Swedish, lists joined, a missing value as a dash. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (value instanceof Date) return STOCKHOLM.format(value);
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (Array.isArray(value)) {
    // a revision's changes, less the new activity's own id
    const shown = value.filter((v: unknown) => !(typeof v === 'object' && v !== null && (v as Row).field === 'activity.id'));
    return shown.length === 0 ? '–' : shown.map((v) => (typeof v === 'object' && v !== null ? change(v as Row) : show(v))).join('; ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return VALUES[String(value)] ?? String(value);
}

/** A plan revision's change, "field: before till after" (the values are stored as JSON). */
function change(c: Row): string {
  if (!('field' in c)) return JSON.stringify(c);
  const field = String(c.field).replace(/^activity\./, '');
  return `${LABELS[field] ?? field}: ${show(decoded(c.from))} till ${show(decoded(c.to))}`;
}

function decoded(json: unknown): unknown {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** The lists a record carries, which the PDF writes under it. */
const NESTED = new Set(['activities', 'revisions', 'notes', 'history', 'interviews']);

/** Fields of the JSON that are no help to a reader on paper: ids of records the extract shows by their place, and nested lists. */
const hidden = (key: string) => key === 'id' || key.endsWith('Id') || NESTED.has(key);

/** What the secretary hands over: the person's record in Swedish, in the order of their path, with who read it. */
class ExtractWriter {
  private readonly doc = new PDFDocument({ size: 'A4', margin: 56, lang: 'sv-SE', info: { Title: 'Registerutdrag', Author: 'Brygga' } })
    .registerFont(REGULAR, FONT_FILES.regular)
    .registerFont(BOLD, FONT_FILES.bold);

  render(extract: RegisterExtract): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.write(extract);
    this.doc.end();
    return done;
  }

  private write(x: RegisterExtract): void {
    const name = `${show(x.person.firstName)} ${show(x.person.lastName)}`;
    this.doc.font(BOLD).fontSize(18).text(`Registerutdrag för ${name}`);
    this.doc.font(REGULAR).fontSize(10).moveDown(0.5);
    this.doc.text(
      `Enligt artikel 15 i dataskyddsförordningen (GDPR). Personuppgiftsansvarig: ${x.principal.name}. ` +
        `Utdraget togs fram ${show(x.generatedAt)} av ${x.generatedBy.name}${x.generatedBy.organisation ? `, ${x.generatedBy.organisation}` : ''}.`,
    );
    this.section('Personuppgifter', [x.person]);
    this.section('Inskrivningsperioder', x.enrolments);
    this.section('Planer', x.plans, (plan) => {
      this.sub('Aktiviteter', plan.activities);
      this.sub('Ändringar av planen', plan.revisions);
    });
    this.section('Sjukskrivning', x.sickLeave);
    this.section('Veckouppföljningar', x.followUps);
    this.section('Samtycken', x.consents);
    this.section('Branschinriktad sfi', x.sfiPlaces, (place) => this.sub('Anteckningar', place.notes));
    this.section('Placeringar', x.placements, (placement) => this.sub('Historik', placement.history));
    this.section('Kandidatlistor', x.shortlistEntries);
    this.section('Rankningar där personen fanns med', x.rankings);
    this.section('Rekryteringsträffar', x.meetingInvitations, (invitation) => this.sub('Intervjuer', invitation.interviews));
    this.accessLog(x.accessLog);
  }

  private heading(text: string, size: number): void {
    if (this.doc.y > this.doc.page.height - 140) this.doc.addPage();
    this.doc.moveDown(0.8).font(BOLD).fontSize(size).text(text).font(REGULAR).fontSize(10).moveDown(0.3);
  }

  private section<T extends Row>(title: string, rows: T[], more?: (row: T) => void): void {
    this.heading(title, 14);
    if (rows.length === 0) this.doc.text('Inga uppgifter.');
    rows.forEach((row, i) => {
      if (i > 0) this.doc.moveDown(0.5);
      this.fields(row);
      more?.(row);
    });
  }

  private sub(title: string, rows: Row[]): void {
    this.doc.moveDown(0.3).font(BOLD).text(title, { indent: 12 }).font(REGULAR);
    if (rows.length === 0) this.doc.text('Inga.', { indent: 24 });
    rows.forEach((row, i) => {
      if (i > 0) this.doc.moveDown(0.2);
      this.fields(row, 24);
    });
  }

  /** Each field as "Label: value"; nested lists are written by their section. */
  private fields(row: Row, indent = 0): void {
    for (const [key, value] of Object.entries(row)) {
      if (hidden(key)) continue;
      this.doc
        .font(BOLD)
        .text(`${LABELS[key] ?? key}: `, { continued: true, indent })
        .font(REGULAR)
        .text(show(value));
    }
  }

  private accessLog(entries: Row[]): void {
    this.heading('Vem har läst uppgifterna', 14);
    this.doc.text('Varje gång någon i Brygga har läst uppgifterna om dig, senaste först.').moveDown(0.3);
    if (entries.length === 0) this.doc.text('Ingen har läst uppgifterna.');
    for (const e of entries) {
      const who = e.organisation ? `${show(e.userName)} (${show(e.organisation)})` : show(e.userName);
      this.doc.text(`${show(e.at)}  ${who}  ${show(e.operation)}`);
    }
  }
}

/** The register extract as a PDF in Swedish, in DejaVu Sans so that every name prints as written. */
export function renderRegisterExtractPdf(extract: RegisterExtract): Promise<Buffer> {
  return new ExtractWriter().render(extract);
}
