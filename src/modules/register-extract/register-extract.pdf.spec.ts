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
  rankings: [],
  meetingInvitations: [],
  accessLog: [],
};

/**
 * The text pdfkit wrote, read back through the embedded fonts' ToUnicode maps. Glyph codes are per font, so the content
 * is decoded once per font and the readings are joined: a line set in one font reads right in that font's reading.
 */
function textOf(pdf: Buffer): string {
  const streams = [...pdf.toString('latin1').matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      return ''; // an embedded font file, not text
    }
  });
  const maps = streams
    .filter((s) => s.includes('begincmap'))
    .map((cmap) => {
      const map = new Map<string, string>();
      for (const range of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
        let code = parseInt(range[1], 16);
        for (const u of range[2].matchAll(/<([0-9a-f]+)>/g)) map.set((code++).toString(16).padStart(4, '0'), String.fromCharCode(...u[1].match(/.{4}/g)!.map((h) => parseInt(h, 16))));
      }
      return map;
    });
  const runs = streams.filter((s) => s.includes(' Tf')).flatMap((content) => [...content.matchAll(/<([0-9a-f]+)>/g)].map((m) => m[1]));
  return maps.map((map) => runs.map((hex) => hex.match(/.{4}/g)!.map((code) => map.get(code) ?? '').join('')).join('')).join('\n');
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

  it('runs over as many pages as a long history needs, and a name outside Windows-1252 prints as written', async () => {
    const at = new Date('2026-01-01T08:00:00Z');
    const pdf = await renderRegisterExtractPdf({
      ...empty,
      person: { ...empty.person, firstName: 'Łukasz', lastName: 'Öztürk' },
      accessLog: Array.from({ length: 400 }, () => ({ at, operation: 'candidate', userName: 'Lena Svensson', organisation: 'Arbetsmarknadsförvaltningen' })),
    });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)!.length).toBeGreaterThan(5);
    expect(textOf(pdf)).toContain('Lena Svensson (Arbetsmarknadsförvaltningen)  candidate');
    expect(textOf(pdf)).toContain('Registerutdrag för Łukasz Öztürk');
  });
});
