import { formatNumber } from '../platform/i18n/sv';

/** Every word of the principal's export page, in Swedish. */
export const messages = {
  title: 'Export av huvudmannens uppgifter',
  intro: (principal: string) =>
    `Hämta allt som ${principal} äger i Brygga som ett paket: en fil per slags uppgift (JSON Lines och CSV för Excel), en beskrivning av formatet och kontrollsummor. Exporten görs i bakgrunden och kan hämtas i sju dagar. Att exportera och att hämta loggas i åtkomstloggen för varje person i paketet.`,
  start: 'Starta export',
  started: 'Exporten har startat. Sidan visar hur det går.',
  listCaption: 'Exporter',
  empty: 'Inga exporter ännu.',
  columns: { requested: 'Begärd', by: 'Av', status: 'Status', progress: 'Förlopp', size: 'Storlek', download: 'Hämta' },
  status: { QUEUED: 'I kö', RUNNING: 'Pågår', DONE: 'Klar', FAILED: 'Misslyckades', EXPIRED: 'Borttagen' } as Record<string, string>,
  progress: (percent: number, rows: number) => `${percent} % (${formatNumber(rows)} poster)`,
  progressLabel: (percent: number) => `Exporten är klar till ${percent} procent`,
  download: (date: string) => `Hämta exporten från ${date}`,
  expires: (date: string) => `Tas bort ${date}`,
  size: (bytes: number) =>
    bytes < 1_000_000 ? `${formatNumber(Math.max(1, Math.round(bytes / 1000)))} kB` : `${formatNumber(Math.round(bytes / 100_000) / 10)} MB`,
};
