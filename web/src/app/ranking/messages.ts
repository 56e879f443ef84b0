import { formatNumber } from '../i18n/sv';

const n = formatNumber;
/** Points with one decimal at most, as the API rounds them: 18,5. */
export const points = (p: number) => n(Math.round(p * 10) / 10);

/** Every word of the ranking page (matchning), in Swedish. */
export const rankingText = {
  title: 'Matchning',
  titleFor: (opening: string) => `Matchning: ${opening}`,
  intro:
    'Brygga föreslår och förklarar; du bestämmer. Poängen (0–100) är hälften vad arbetet kräver och hälften vad personen själv vill. Kön, ålder, ursprung och andra diskrimineringsgrunder används aldrig.',
  employer: 'Arbetsgivare',
  noEmployer: 'Ingen arbetsgivare angiven',
  backToOpening: 'Tillbaka till platsen',
  ranking: 'Rangordnar kandidater…',
  rankingSlow:
    'Rangordnar kandidater… Den första matchningen efter att servern startat kan ta några sekunder, eftersom urvalet av kandidater byggs upp.',
  summaryHeading: 'Sammanfattning',
  summary: (considered: number, rankable: number, shown: number, near: number, excluded: number) =>
    `${n(considered)} ${considered === 1 ? 'person' : 'personer'} bedömdes, ${n(rankable)} rangordnade (de ${n(shown)} bästa visas), ${n(near)} nära ${near === 1 ? 'träff' : 'träffar'}, ${n(excluded)} uteslutna.`,
  rankedHeading: 'Rangordnade kandidater',
  rankedEmpty: 'Ingen uppfyller platsens krav just nu. Se de nära träffarna och de uteslutna nedan.',
  rank: (r: number) => `Plats ${n(r)}`,
  score: (s: number) => `${points(s)} av 100 poäng`,
  identity: 'Personnummer',
  scoreBarLabel: (name: string) => `Poängens delar för ${name}`,
  factorLine: (label: string, got: number, max: number) => `${label}: ${points(got)} av ${points(max)} poäng`,
  legendHeading: 'Så läser du poängstapeln',
  legendIntro:
    'Stapeln visar hur poängen fördelas. Den vänstra halvan är vad arbetet kräver (högst 50 poäng), den högra vad personen själv vill (högst 50 poäng). Varje del har egen färg och eget mönster.',
  sideEmployer: 'Vad arbetet kräver',
  sidePerson: 'Vad personen vill',
  sideTotal: (got: number) => `${points(got)} av 50`,
  legendItem: (label: string, max: number) => `${label} (högst ${points(max)})`,
  showDetails: 'Visa detaljer',
  hideDetails: 'Dölj detaljer',
  detailsFor: (name: string) => `för ${name}`,
  detailsCaption: (name: string) => `Poängens delar för ${name}`,
  factor: 'Del',
  got: 'Poäng',
  max: 'Max',
  why: 'Förklaring',
  noDetail: '–',
  factorLabel: {
    skills: 'Kompetenser',
    experienceOccupation: 'Erfarenhet av yrket',
    experienceYears: 'År av erfarenhet',
    swedish: 'Svenska',
    wantedOccupation: 'Önskat yrke',
    sector: 'Bransch',
    kind: 'Praktik eller jobb',
    hours: 'Arbetstid',
    commute: 'Pendling',
  } as Record<string, string>,
  addToShortlist: 'Lägg till i kortlistan',
  addFor: (name: string) => `: ${name}`,
  onShortlist: 'På kortlistan',
  added: (name: string) => `${name} är tillagd i kortlistan.`,
  nearHeading: 'Nära träffar',
  nearIntro: 'De här personerna uppfyller alla krav utom ett. Så här mycket poäng hade de fått, och det här saknas:',
  nearEmpty: 'Inga nära träffar.',
  wouldScore: (s: number) => `Hade fått ${points(s)} av 100 poäng`,
  missing: 'Saknas',
  excludedHeading: 'Uteslutna, per skäl',
  excludedIntro: (listed: number, total: number) =>
    listed < total
      ? `Grupperade efter skäl bland de ${n(listed)} första av ${n(total)} uteslutna. En person kan ha flera skäl.`
      : 'Grupperade efter skäl. En person kan ha flera skäl.',
  excludedEmpty: 'Ingen är utesluten.',
  people: (count: number) => (count === 1 ? '1 person' : `${n(count)} personer`),
  shortlistHeading: 'Kortlista',
  shortlistIntro:
    'Personer du vill föreslå för arbetsgivaren. Att presentera någon delar profilen med arbetsgivaren och kräver personens samtycke.',
  shortlistEmpty: 'Kortlistan är tom. Lägg till personer från rangordningen ovan.',
  shortlistCaption: 'Kortlista för platsen',
  person: 'Person',
  consent: 'Samtycke till att dela profilen med arbetsgivare',
  status: 'Status',
  actions: 'Åtgärder',
  addedOn: (date: string, by: string | null) => (by ? `Tillagd ${date} av ${by}` : `Tillagd ${date}`),
  presentedOn: (date: string, by: string | null) => (by ? `Presenterad ${date} av ${by}` : `Presenterad ${date}`),
  notPresented: 'Inte presenterad',
  present: 'Presentera för arbetsgivaren',
  presented: (name: string) => `${name} är presenterad för arbetsgivaren.`,
  remove: 'Ta bort från kortlistan',
  removed: (name: string) => `${name} är borttagen från kortlistan.`,
  problems: {
    noConsent:
      'Det gick inte att presentera personen: samtycke till att dela profilen med arbetsgivare saknas. Be personen om samtycke och registrera det först.',
    alreadyOnShortlist: 'Personen finns redan på kortlistan.',
    noOpenEnrolment: 'Bara personer som är inskrivna just nu kan läggas på kortlistan.',
    alreadyPresented: 'Personen är presenterad för arbetsgivaren och kan inte tas bort från kortlistan.',
  },
} as const;
