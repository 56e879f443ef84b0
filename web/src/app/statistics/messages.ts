import { formatNumber } from '../platform/i18n/sv';
import type { Grouping, PresetKey } from './search';

const kronor = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** Kronor as Swedish offices write them: 200 000 kr. */
export function formatKronor(n: number): string {
  return kronor.format(n);
}

/** A number with at most two decimals and a decimal comma: 0,83. */
export function formatDecimal(n: number): string {
  return decimal.format(n);
}

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** 2026-03 as "mars 2026". */
export function monthName(month: string): string {
  return `${months[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** Every word of the statistics dashboard (/statistik), in Swedish. */
export const messages = {
  title: 'Statistik',
  intro: 'Resultaten för perioden per huvudman, bransch, team eller sekreterare, med totalen. Andelarna räknas som Kolada räknar dem.',
  none: '–',
  filters: {
    label: 'Urval',
    from: 'Från',
    to: 'Till',
    show: 'Visa',
    presets: 'Snabbval för perioden',
    preset: { thisMonth: 'Denna månad', lastMonth: 'Förra månaden', thisYear: 'I år', lastYear: 'Förra året' } satisfies Record<PresetKey, string>,
    principal: 'Huvudman',
    allPrincipals: 'Alla huvudmän jag får läsa',
    grouping: 'Gruppera per',
    groupingLabel: { huvudman: 'Huvudman', bransch: 'Bransch', team: 'Bransch-team', sekreterare: 'Arbetsmarknadssekreterare' } satisfies Record<
      Grouping,
      string
    >,
    period: (from: string, to: string, asOf: string) =>
      asOf < to ? `Perioden ${from}–${to}, räknat till och med i dag (${asOf}).` : `Perioden ${from}–${to}.`,
  },
  cards: {
    heading: 'Nyckeltal',
    enrolled: 'Inskrivna',
    enrolledSummary: (n: number, newly: number) => `${formatNumber(n)} personer var inskrivna under perioden, varav ${formatNumber(newly)} nyinskrivna.`,
    shareOfEnrolled: 'Till arbete eller studier, andel av inskrivna',
    shareOfEnrolledSummary: (n: number, d: number) => `${formatNumber(n)} av ${formatNumber(d)} inskrivna gick till arbete eller studier.`,
    shareOfExits: 'Till arbete eller studier, andel av avslut (Kolada)',
    shareOfExitsSummary: (n: number, d: number, pending: number) =>
      `${formatNumber(n)} av ${formatNumber(d)} avslut med känt utfall gick till arbete eller studier; ${formatNumber(pending)} avslut till arbete väntar på månadskontrollen och räknas inte än.`,
    currentPlan: 'Med aktuell plan',
    currentPlanSummary: (n: number, d: number, asOf: string) => `${formatNumber(n)} av ${formatNumber(d)} pågående hade en upprättad plan den ${asOf}.`,
    daysToPlan: 'Arbetsdagar till plan (median)',
    daysToPlanSummary: (count: number, within: string) =>
      count === 0 ? 'Inga planer upprättades under perioden.' : `${formatNumber(count)} planer upprättades; ${within} inom 1 arbetsdag.`,
    daysToSector: 'Arbetsdagar till branschval (median)',
    daysToSectorSummary: (count: number, within: string) =>
      count === 0 ? 'Inga branschval gjordes under perioden.' : `${formatNumber(count)} branschval; ${within} inom 5 arbetsdagar.`,
    overdue: 'Försenade veckouppföljningar',
    overdueSummary: (n: number, open: number, asOf: string) => `${formatNumber(n)} av ${formatNumber(open)} pågående var försenade den ${asOf}.`,
  },
  table: {
    heading: 'Indikatorer per grupp',
    headingByPrincipal: 'Huvudmännen sida vid sida',
    caption: (grouping: string, from: string, to: string) => `Indikatorer per ${grouping.toLowerCase()}, ${from}–${to}`,
    group: 'Grupp',
    indicator: 'Indikator',
    enrolled: 'Inskrivna',
    newlyEnrolled: 'Nyinskrivna',
    exits: 'Avslut',
    work: 'Avslut till arbete',
    studies: 'Avslut till studier',
    other: 'Övriga avslut',
    pending: 'Till arbete, månadskontroll ej klar',
    shareOfEnrolled: 'Arbete eller studier, andel av inskrivna',
    shareOfExits: 'Arbete eller studier, andel av avslut (Kolada)',
    openAtEnd: 'Pågående vid periodens slut',
    currentPlan: 'Med aktuell plan',
    daysToPlan: 'Arbetsdagar till plan, median',
    planWithin: 'Plan inom 1 arbetsdag',
    daysToSector: 'Arbetsdagar till branschval, median',
    sectorWithin: 'Branschval inom 5 arbetsdagar',
    overdue: 'Försenade veckouppföljningar',
    empty: 'Ingen var inskriven under perioden.',
  },
  share: (percent: number | null, n: number, d: number) =>
    percent === null ? `ingen andel (${formatNumber(n)} av ${formatNumber(d)})` : `${percent} % (${formatNumber(n)} av ${formatNumber(d)})`,
  percentOnly: (percent: number | null) => (percent === null ? 'ingen andel' : `${percent} %`),
  monthly: {
    heading: 'Månad för månad',
    chartLabel: 'Diagram: inskrivna, avslut och avslut till arbete eller studier per månad',
    enrolled: 'Inskrivna',
    newlyEnrolled: 'Nyinskrivna',
    exited: 'Avslut',
    toWork: 'Till arbete eller studier',
    month: 'Månad',
    caption: 'Inskrivna och avslut per månad (diagrammets data)',
    showTable: 'Visa månadsdiagrammets data som tabell',
    hideTable: 'Dölj månadstabellen',
    summary: (months: number, maxMonth: string, max: number, exited: number, toWork: number) =>
      `Under ${formatNumber(months)} ${months === 1 ? 'månad' : 'månader'} var flest inskrivna i ${monthName(maxMonth)} (${formatNumber(max)}). ` +
      `Sammanlagt ${formatNumber(exited)} avslut, varav ${formatNumber(toWork)} till arbete eller studier.`,
    empty: 'Perioden har inga månader att visa.',
  },
  economy: {
    heading: 'Ekonomisk effekt (uppskattning)',
    intro: 'Beräknat med varje kommuns egna parametrar. Det är uppskattningar, inte bokslut.',
    aid: 'Minskat försörjningsstöd per månad',
    tax: 'Ökade skatteintäkter per månad',
    cost: 'Programkostnad',
    noEstimate: 'Ingen uppskattning: någon huvudman i gruppen har inte satt parametrar.',
    noCost: 'ingen kostnad satt',
    caption: 'Ekonomisk effekt per grupp',
    parameters: 'Parametrar',
    parametersCaption: 'Parametrar per huvudman',
    aidParameter: 'Försörjningsstöd per person och månad (kr)',
    taxParameter: 'Kommunalskatt per person i arbete och månad (kr)',
    costParameter: 'Kostnad per inskriven (kr)',
    costDescription: 'Frivilligt; lämna tomt om den inte ska räknas',
    version: 'Version',
    updated: 'Senast ändrad',
    updatedBy: (date: string, name: string | null) => (name ? `${date} av ${name}` : date),
    noParameters: (name: string) => `${name} har inte satt några parametrar.`,
    edit: (name: string) => `Ändra parametrar för ${name}`,
    set: (name: string) => `Sätt parametrar för ${name}`,
    dialogTitle: (name: string) => `Parametrar för ${name}`,
    save: 'Spara',
    cancel: 'Avbryt',
    closeDialog: 'Stäng dialogen',
    saved: (name: string, version: number) => `Parametrarna för ${name} är sparade (version ${version}).`,
    negative: 'Ange ett belopp, 0 eller mer, med högst två decimaler.',
    required: 'Fyll i ett belopp.',
  },
  downloads: {
    heading: 'Ladda ner',
    intro: 'Samma urval och samma siffror som på skärmen. CSV-filen har indikatorerna; Excel-filen även månadsserien.',
    csv: 'Ladda ner CSV',
    xlsx: 'Ladda ner Excel (XLSX)',
    working: 'Filen hämtas …',
    done: (filename: string) => `Filen ${filename} är nedladdad.`,
  },
  reports: {
    heading: 'Månadsrapporter',
    intro: 'Rapporten för förra månaden tas fram automatiskt den första arbetsdagen i månaden.',
    caption: 'Sparade månadsrapporter, senaste månaden först',
    month: 'Månad',
    principal: 'Huvudman',
    produced: 'Framtagen',
    actions: 'Åtgärder',
    show: (month: string, principal: string) => `Visa ${monthName(month.slice(0, 7))}, ${principal}`,
    showShort: 'Visa',
    csv: 'CSV',
    xlsx: 'Excel',
    downloadLabel: (format: string, month: string, principal: string) => `Ladda ner ${monthName(month.slice(0, 7))}, ${principal}, som ${format}`,
    empty: 'Det finns inga månadsrapporter ännu.',
    reportHeading: (month: string, principal: string) => `Månadsrapport ${monthName(month.slice(0, 7))}, ${principal}`,
    close: 'Stäng rapporten',
    bySector: 'Per bransch',
  },
  exposure: {
    kept: {
      heading: 'Sparade månadsrapporter',
      intro:
        'Den första vardagen varje månad sparas förra månadens rapport per huvudman, som den räknades då. Den ändras inte i efterhand, så den går att granska senare.',
      caption: 'Sparade månadsrapporter om rankningens exponering, den senaste månaden först',
      month: 'Månad',
      principal: 'Huvudman',
      population: 'Inskrivna',
      appearances: 'Föreslagna',
      lowest: 'Lägsta spridning',
      producedOn: 'Sparad',
      lowestIn: (value: string, dimension: string) => `${value} (${dimension})`,
      none: 'Inga sparade rapporter än: den första sparas första vardagen i nästa månad.',
    },
    heading: 'Rankningens exponering över tid',
    intro:
      'Hur ofta grupper (ålder, nyanlända, svenskanivå) föreslås ur rankningen – läggs på en kortlista eller föreslås till en placering – jämfört med hur stor del av de inskrivna de är. Grupperna används aldrig i rankningen; här följs att de inte missgynnas ändå.',
    disparityExplained:
      'Spridningen är den minst exponerade gruppens kvot delad med den mest exponerade gruppens. 1 betyder att alla grupper föreslås i proportion till sin andel; under 0,8 (fyra femtedelar) är en varningssignal som bör granskas.',
    chartLabel: 'Diagram: spridning per månad för ålder, nyanlända och svenskanivå, med gränsen 0,8',
    dimension: { age: 'Ålder', 'newly arrived': 'Nyanländ', 'Swedish level': 'Svenskanivå' } as Record<string, string>,
    month: 'Månad',
    lists: 'Platser med förslag',
    appearances: 'Föreslagna',
    population: 'Inskrivna',
    caption: 'Spridning per månad och dimension (diagrammets data)',
    noProposals: 'inga förslag',
    summary: (months: number, withProposals: number, below: number) =>
      withProposals === 0
        ? `Under de senaste ${months} månaderna har ingen föreslagits ur rankningen.`
        : `Under de senaste ${months} månaderna föreslogs personer ur rankningen under ${withProposals} ${withProposals === 1 ? 'månad' : 'månader'}. ` +
          (below === 0
            ? 'Ingen månad hade en spridning under 0,8.'
            : `${below} ${below === 1 ? 'månad' : 'månader'} hade en spridning under 0,8 i minst en dimension.`),
    warning: 'under 0,8',
    threshold: 'Gräns 0,8',
    showTable: 'Visa exponeringsdiagrammets data som tabell',
    hideTable: 'Dölj exponeringstabellen',
  },
  failedJobs: {
    heading: 'Bakgrundsjobb som har misslyckats',
    intro: 'Jobb som har försökt alla gånger utan att lyckas, med orsaken. Orsaken innehåller id:n men inga personuppgifter.',
    caption: 'Misslyckade jobb, senaste först',
    name: 'Jobb',
    failedAt: 'Misslyckades',
    attempts: 'Försök',
    reason: 'Orsak',
    empty: 'Inga jobb har misslyckats.',
    jobName: {
      'taxonomy.import': 'Import av yrkestaxonomin',
      'statistics.checkWorkExits': 'Månadskontroll av avslut till arbete',
      'statistics.monthlyReport': 'Månadsrapport',
      'statistics.foldCells': 'Sammanställning av statistiken',
      'outbox.handle': 'Följdändring efter en händelse',
      'meetings.sendReminder': 'Påminnelse om rekryteringsträff',
      'meetings.planReminders': 'Planering av påminnelser',
    } as Record<string, string>,
  },
};
