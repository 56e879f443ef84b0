import { describe, expect, it } from '@jest/globals';
import { inflateSync } from 'node:zlib';
import { renderRegisterExtractPdf } from './register-extract.pdf.js';
import type { RegisterExtract } from './register-extract.types.js';

const empty: RegisterExtract = {
  generatedAt: new Date('2026-12-03T10:00:00Z'),
  generatedBy: { name: 'Lena Svensson', organisation: 'Arbetsmarknadsförvaltningen, Trelleborg' },
  principal: { id: 'p', name: 'Trelleborgs kommun' },
  person: { id: 'c', identityNumber: '19870314-9818', firstName: 'Åsa', lastName: 'Öberg', swedishLevel: 'SFI_C', newlyArrived: true },
  enrolments: [],
  plans: [],
  sickLeave: [],
  followUps: [],
  consents: [],
  sfiPlaces: [],
  placements: [],
  shortlistEntries: [],
  meetingInvitations: [],
  accessLog: [],
};

/** The text pdfkit wrote, from its compressed content streams (WinAnsi hex strings). */
function textOf(pdf: Buffer): string {
  const text: string[] = [];
  for (const m of pdf.toString('latin1').matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    const content = inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    for (const hex of content.matchAll(/<([0-9a-f]*)>/g)) text.push(new TextDecoder('windows-1252').decode(Buffer.from(hex[1], 'hex')));
  }
  return text.join('');
}

describe('the register extract as a PDF', () => {
  it('is a PDF in Swedish, with å, ä and ö, the whole identity number and the codes in words', async () => {
    const pdf = await renderRegisterExtractPdf(empty);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = textOf(pdf);
    expect(text).toContain('Registerutdrag för Åsa Öberg');
    expect(text).toContain('19870314-9818');
    expect(text).toContain('SFI C');
    expect(text).toContain('Nyanländ');
    expect(text).toContain('Ingen har läst uppgifterna.');
  });

  it('runs over as many pages as a long history needs, and a name outside Windows-1252 does not stop it', async () => {
    const at = new Date('2026-01-01T08:00:00Z');
    const pdf = await renderRegisterExtractPdf({
      ...empty,
      person: { ...empty.person, firstName: 'Łukasz', lastName: 'Öztürk' },
      accessLog: Array.from({ length: 400 }, () => ({ at, operation: 'candidate', userName: 'Lena Svensson', organisation: 'Arbetsmarknadsförvaltningen' })),
    });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)!.length).toBeGreaterThan(5);
    expect(textOf(pdf)).toContain('Lena Svensson (Arbetsmarknadsförvaltningen)  candidate');
  });
});
