/**
 * Every word the web app shows, in Swedish, in one place: labels, messages, errors and empty states. Screens take
 * their text from here and never write it inline, so the language stays consistent and can be reviewed as a whole.
 */
export const sv = {
  app: {
    name: 'Brygga',
    loading: 'Laddar…',
    skipLink: 'Hoppa till innehållet',
  },
  shell: {
    navLabel: 'Huvudmeny',
    openMenu: 'Öppna menyn',
    closeMenu: 'Stäng menyn',
    signedInAs: 'Inloggad som',
    signOut: 'Logga ut',
    footerLabel: 'Om webbplatsen',
    accessibility: 'Tillgänglighetsredogörelse',
    owner: 'Trelleborgs kommun, arbetsmarknadsförvaltningen',
  },
  nav: {
    start: 'Start',
    followUps: 'Mina uppföljningar',
    employers: 'Arbetsgivare',
    openings: 'Platser',
    candidates: 'Arbetssökande',
    placements: 'Placeringar',
    myDay: 'Min dag',
    teams: 'Bransch-team',
    meetings: 'Rekryteringsträffar',
    sfi: 'Bransch-SFI',
    statistics: 'Statistik',
    accessLog: 'Åtkomstlogg',
    export: 'Export',
    admin: 'Administration',
  },
  signIn: {
    title: 'Logga in',
    intro: 'Logga in med ditt användarnamn och lösenord i Brygga.',
    username: 'Användarnamn',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in…',
    required: 'Fyll i fältet',
    wrongCredentials: 'Fel användarnamn eller lösenord. Kontrollera stavningen och försök igen.',
    sessionExpired: 'Din session har gått ut. Logga in igen för att fortsätta där du var.',
    signedOut: 'Du är utloggad.',
    expiredDialogTitle: 'Din session har gått ut',
    expiredDialogText: 'Logga in igen för att fortsätta. Det du har skrivit finns kvar; spara det igen när du har loggat in.',
    throttledFallback: 'För många misslyckade inloggningar. Vänta en stund och försök igen.',
    retryIn: (seconds: number) => `Du kan försöka igen om ${formatWait(seconds)}.`,
  },
  home: {
    welcomeTitle: (name: string) => `Välkommen, ${name}`,
    welcomeText: 'Här samlas dina arbetsuppgifter i Brygga. Fler vyer för din roll kommer i nästa version.',
    navIntro: 'Det här kan du göra nu:',
    nothingYet: 'Det finns ännu inga vyer för din roll. De kommer i nästa version.',
  },
  followUps: {
    title: 'Mina uppföljningar',
    intro: 'Uppföljningar av dina arbetsgivarkontakter som är försenade eller ska göras inom 7 dagar.',
    overdueHeading: 'Försenade',
    upcomingHeading: 'Inom 7 dagar',
    overdueBadge: 'Försenad',
    overdueDays: (days: number) => (days === 1 ? '1 dag' : `${formatNumber(days)} dagar`),
    dueToday: 'Ska göras i dag',
    dueOn: 'Följ upp',
    lastContact: 'Senaste kontakt',
    close: 'Stäng uppföljning',
    closeFor: (employer: string) => `för ${employer}`,
    closed: 'Stängd',
    closedAnnouncement: (employer: string) => `Uppföljningen för ${employer} är stängd.`,
    empty: 'Du har inga uppföljningar som är försenade eller ska göras inom 7 dagar.',
    count: (n: number) => (n === 1 ? '1 uppföljning' : `${formatNumber(n)} uppföljningar`),
    showingOf: (shown: number, total: number) => `Visar ${formatNumber(shown)} av ${formatNumber(total)}.`,
  },
  employer: {
    organisationNumber: 'Organisationsnummer',
    municipality: 'Kommun',
    unknownMunicipality: 'Okänd kommun',
    comingSoon: 'Arbetsgivarens kort med kontakter, behov och platser kommer i nästa version.',
  },
  employers: {
    title: 'Arbetsgivare',
    intro: 'Sök bland arbetsgivarna i registret. Välj en arbetsgivare för att se dess uppgifter.',
    searchLabel: 'Namn eller organisationsnummer',
    searchDescription: 'En del av namnet, eller de första siffrorna i organisationsnumret',
    search: 'Sök',
    municipality: 'Kommun',
    sector: 'Bransch',
    anyMunicipality: 'Alla kommuner',
    nothingFound: 'Inget matchar',
    clearMunicipality: 'Rensa kommun',
    mine: 'Bara arbetsgivare jag är ansvarig för',
    clear: 'Rensa sökningen',
    caption: (page: number, pages: number) => `Arbetsgivare, sida ${formatNumber(page)} av ${formatNumber(pages)}`,
    name: 'Namn',
    organisationNumber: 'Organisationsnummer',
    responsible: 'Ansvarig',
    status: 'Status',
    none: '–',
    statusLabel: { ACTIVE: 'Aktiv', INACTIVE: 'Inaktiv', PROSPECT: 'Presumtiv' } as Record<string, string>,
    found: (total: number, from: number, to: number) =>
      total === 1 ? 'En arbetsgivare hittades.' : `${formatNumber(total)} arbetsgivare hittades. Visar ${formatNumber(from)}–${formatNumber(to)}.`,
    empty: 'Inga arbetsgivare matchar sökningen. Ändra sökningen eller rensa den för att se alla.',
    pagesLabel: 'Sidor i sökresultatet',
  },
  /** An opening's kind and status, the API's OpeningKind and OpeningStatus: the same words on every screen that shows an opening. */
  /** A list's sector and team filters (platform/components/FilterSelect.tsx), alike on every list */
  filters: {
    sector: 'Bransch',
    anySector: 'Alla branscher',
    clearSector: 'Rensa bransch',
    team: 'Team',
    anyTeam: 'Alla team',
    clearTeam: 'Rensa team',
  },
  openingKind: {
    JOB_UNSUBSIDISED: 'Anställning utan stöd',
    JOB_SUBSIDISED: 'Subventionerad anställning',
    INTERNSHIP: 'Praktik',
    SFI_WORKPLACE_LEARNING: 'Arbetsplatsförlagt lärande (SFI)',
  } as Record<string, string>,
  openingStatus: { DRAFT: 'Utkast', OPEN: 'Öppen', FILLED: 'Tillsatt', CLOSED: 'Stängd' } as Record<string, string>,
  searchPicker: {
    typeToSearch: 'Skriv minst två tecken',
    searching: 'Söker…',
    nothingFound: 'Inget matchar',
  },
  dateField: {
    format: 'ÅÅÅÅ-MM-DD',
    clear: (label: string) => `Rensa ${label.toLowerCase()}`,
  },
  pager: {
    page: (page: number) => `Sida ${formatNumber(page)}`,
    previousPage: 'Föregående sida',
    nextPage: 'Nästa sida',
    firstPage: 'Första sidan',
    lastPage: 'Sista sidan',
  },
  placeholder: {
    comingSoon: 'Den här vyn kommer i nästa version.',
  },
  notAllowed: {
    title: 'Du har inte behörighet till den här sidan',
    text: 'Din roll i Brygga ger inte tillgång till den här sidan. Kontakta din chef eller systemförvaltaren om du behöver den i ditt arbete.',
    back: 'Till startsidan',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Vi hittar ingen sida på den adressen. Kontrollera adressen eller gå till startsidan.',
    back: 'Till startsidan',
  },
  errors: {
    network: 'Ingen kontakt med servern. Kontrollera nätverket och försök igen. Det du har skrivit finns kvar.',
    conflict: 'Någon annan har ändrat uppgifterna medan du arbetade. Ladda om för att se den senaste versionen.',
    refused: 'Det går inte att göra det här just nu: uppgifternas läge tillåter det inte.',
    reload: 'Ladda om',
    retry: 'Försök igen',
    forbidden: 'Du har inte behörighet att göra det här.',
    notFound: 'Uppgifterna finns inte, eller så har du inte tillgång till dem.',
    invalid: 'Några uppgifter behöver rättas. Se markeringarna vid fälten.',
    server: 'Något gick fel hos oss. Försök igen om en stund. Kvarstår felet, kontakta systemförvaltaren.',
    unknown: 'Något gick fel. Försök igen.',
    heading: 'Det gick inte',
    field: {
      required: 'Fyll i fältet',
      invalid: 'Värdet är inte giltigt',
      tooLong: 'Texten är för lång',
      uuid: 'Ogiltig identitet',
      date: 'Skriv datumet som ÅÅÅÅ-MM-DD',
      email: 'Skriv en giltig e-postadress',
    },
  },
} as const;

/** "45 sekunder", "3 minuter", "2 timmar": for how long to wait. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 sekund' : `${formatNumber(seconds)} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return minutes === 1 ? '1 minut' : `${formatNumber(minutes)} minuter`;
  return `${formatNumber(Math.ceil(minutes / 60))} timmar`;
}

const numbers = new Intl.NumberFormat('sv-SE');

/** A number as Swedish offices write it: 1 234,5. */
export function formatNumber(n: number): string {
  return numbers.format(n);
}
