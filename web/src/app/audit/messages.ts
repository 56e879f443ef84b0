import { formatNumber } from '../platform/i18n/sv';

/** Every word of the access log (/atkomstlogg), in Swedish. */
export const messages = {
  title: 'Åtkomstlogg',
  intro:
    'Vem som har läst vems uppgifter, när, varför och genom vilken funktion. Varje läsning av en persons uppgifter loggas, även när någon läser den här loggen.',
  filters: 'Filter',
  personSearchForm: 'Välj person',
  personSearch: 'Sök person',
  personSearchDescription: 'Skriv en del av namnet och tryck Sök',
  search: 'Sök',
  searchResults: (n: number) => (n === 0 ? 'Ingen person matchar.' : n === 1 ? 'En person matchar.' : `${formatNumber(n)} personer matchar.`),
  choose: (name: string, birthDate: string) => `Visa åtkomst till ${name} (född ${birthDate})`,
  from: 'Från',
  to: 'Till',
  show: 'Visa',
  clear: 'Visa alla personer och datum',
  forPerson: (name: string) => `Åtkomst till ${name}.`,
  forChosenPerson: 'Åtkomst till den valda personen.',
  personPage: (name: string) => `Öppna ${name}s sida`,
  found: (total: number, from: number, to: number) =>
    total === 0
      ? 'Inga läsningar hittades.'
      : total === 1
        ? 'En läsning hittades.'
        : `${formatNumber(total)} läsningar hittades. Visar ${formatNumber(from)}–${formatNumber(to)}.`,
  caption: (page: number, pages: number) => `Åtkomstlogg, sida ${formatNumber(page)} av ${formatNumber(pages)}`,
  pagesLabel: 'Sidor i åtkomstloggen',
  when: 'När',
  who: 'Vem',
  organisation: 'Organisation',
  person: 'Person',
  purpose: 'Varför',
  caseId: 'Ärende',
  noCase: '–',
  operation: 'Genom',
  unknownUser: 'okänd användare',
  unknownPerson: 'uppgift saknas',
  /** The access log's purposes (AccessPurpose), in words. */
  purposeLabel: {
    PLANNING: 'Planering',
    FOLLOW_UP: 'Uppföljning',
    MATCHING: 'Matchning',
    RECRUITMENT_MEETING: 'Rekryteringsträff',
    SFI: 'Bransch-SFI',
    PLACEMENT: 'Placering',
    INSPECTION: 'Granskning',
    REGISTER_EXTRACT: 'Registerutdrag',
    EXPORT: 'Export till huvudmannen',
    ADMINISTRATION: 'Administration',
    OTHER: 'Annat',
  } as Record<string, string>,
  operationLabel: {
    candidate: 'Personens sida',
    candidates: 'Personlistan',
    accessLog: 'Åtkomstloggen',
    placement: 'En placering',
    placements: 'Placeringar',
    shortlist: 'Kortlistan',
    rankCandidatesForOpening: 'Rankning för en plats',
    rankOpeningsForCandidate: 'Platser rankade för personen',
    likelyDuplicates: 'Möjliga dubbletter',
    teamCaseload: 'Teamets ärenden',
    sfiQueue: 'Kön till bransch-SFI',
    meetingInvitations: 'Inbjudna till rekryteringsträff',
    proposedMeetingInvitations: 'Förslag till rekryteringsträff',
  } as Record<string, string>,
};
