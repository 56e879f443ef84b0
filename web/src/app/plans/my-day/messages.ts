import { formatNumber } from '../../platform/i18n/sv';

const n = formatNumber;
const people = (count: number) => (count === 1 ? '1 person' : `${n(count)} personer`);
const workingDays = (days: number) => (days === 1 ? '1 arbetsdag' : `${n(days)} arbetsdagar`);

/** Every word of "Min dag", the labour-market secretary's start page, in Swedish. */
export const myDayText = {
  title: 'Min dag',
  intro: 'Det som väntar dig i dag, och alla personer du är arbetsmarknadssekreterare för.',
  enrol: 'Skriv in person',
  figures: 'Mina ärenden i siffror',
  open: 'Öppna ärenden',
  overdue: 'Uppföljning försenad',
  withoutPlan: 'Utan plan',
  count: (count: number) => people(count),
  showing: (shown: number, total: number) => `Visar ${n(shown)} av ${n(total)}.`,
  showAll: (what: string) => `Visa alla i Mina ärenden: ${what}`,
  sections: {
    overdue: { title: 'Försenade uppföljningar', empty: 'Inga försenade uppföljningar. Bra jobbat!' },
    withoutPlan: { title: 'Utan aktuell plan', empty: 'Alla dina personer har en plan.' },
    firstMeetings: {
      title: 'Väntar på nysamtal',
      intro: 'Inskrivna personer som ingen har haft nysamtal med. Planen ska upprättas inom en arbetsdag från första kontakt.',
      empty: 'Ingen väntar på nysamtal.',
    },
    sickListed: { title: 'Sjukskrivna', intro: 'Planen är anpassad, inte pausad: uppföljningen fortsätter.', empty: 'Ingen av dina personer är sjukskriven.' },
  },
  dueSince: (date: string, days: number) => `skulle ha hållits ${date}, försenad ${days === 1 ? '1 dag' : `${n(days)} dagar`}`,
  waitingSince: (date: string) => `första kontakt ${date}`,
  workingDaysSince: (days: number) => `${workingDays(days)} sedan första kontakt`,
  late: 'Sen',
  lateLong: (date: string) => `planen skulle ha funnits ${date}`,
  planDueOn: (date: string) => `plan senast ${date}`,
  planSince: (date: string) => `plan sedan ${date}`,
  caseload: {
    title: 'Mina ärenden',
    filters: 'Filtrera ärenden',
    status: 'Status',
    statuses: {
      OPEN: 'Öppna',
      AWAITING_FIRST_MEETING: 'Väntar på nysamtal',
      WITHOUT_PLAN: 'Utan plan',
      FOLLOW_UP_OVERDUE: 'Uppföljning försenad',
      SICK_LISTED: 'Sjukskrivna',
      EXITED: 'Avslutade',
    } as Record<string, string>,
    everyone: 'Visa alla jag har tillgång till, inte bara mina',
    clear: 'Rensa filter',
    awaitingHint:
      'Den som håller nysamtalet blir personens sekreterare, så personer som väntar på nysamtal har ingen sekreterare ännu. Välj "Visa alla" för att se dem.',
    empty: 'Inga personer med de här filtren.',
    found: (total: number, from: number, to: number) => `${people(total)}, visar ${n(from)}–${n(to)}`,
    caption: (page: number, pages: number) => `Ärenden, sida ${n(page)} av ${n(pages)}`,
    pagesLabel: 'Sidor i Mina ärenden',
    name: 'Namn',
    firstContact: 'Första kontakt',
    sectorTeam: 'Bransch och team',
    plan: 'Plan',
    followUp: 'Nästa uppföljning',
    noPlan: 'Ingen plan',
    sickListed: 'sjukskriven',
    overdue: 'försenad',
    exited: (date: string) => `Avslutad ${date}`,
    none: '–',
  },
} as const;
