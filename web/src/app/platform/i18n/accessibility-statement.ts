/**
 * The accessibility statement (tillgänglighetsredogörelse), following DIGG's model: who stands behind the service,
 * the law and the standard, how accessible it is, what is known not to be, how to report problems and who supervises.
 * Update `reviewedOn` and the shortcomings whenever a screen is added or tested.
 */
export const accessibilityStatement = {
  title: 'Tillgänglighetsredogörelse för Brygga',
  intro: [
    'Trelleborgs kommun står bakom Brygga, arbetsmarknadsförvaltningens system för arbetsgivarkontakter och matchning. Vi vill att så många som möjligt ska kunna använda det i sitt arbete.',
    'Den här redogörelsen beskriver hur Brygga uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända tillgänglighetsproblem som finns och hur du kan rapportera brister till oss så att vi kan åtgärda dem.',
  ],
  sections: [
    {
      heading: 'Hur tillgänglig är tjänsten?',
      paragraphs: [
        'Brygga är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Vi har byggt de första vyerna efter standarden WCAG 2.1 på nivå AA, som EN 301 549 hänvisar till, men tjänsten är ny och alla delar finns ännu inte.',
      ],
    },
    {
      heading: 'Vad kan du göra om du inte kan använda delar av tjänsten?',
      paragraphs: [
        'Om du behöver uppgifter ur Brygga i en annan form, eller inte kan göra något i tjänsten, kontakta systemförvaltaren för Brygga på arbetsmarknadsförvaltningen via kommunens kontaktcenter. Vi svarar inom fem arbetsdagar.',
      ],
    },
    {
      heading: 'Rapportera brister i tjänstens tillgänglighet',
      paragraphs: [
        'Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, meddela systemförvaltaren för Brygga så att vi får veta att problemet finns. Berätta gärna vilken sida det gäller och vilket hjälpmedel du använder.',
      ],
    },
    {
      heading: 'Tillsyn',
      paragraphs: [
        'Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det.',
      ],
      link: { text: 'Anmäl till DIGG (digg.se)', href: 'https://www.digg.se/tdosanmalan' },
    },
    {
      heading: 'Teknisk information om tjänstens tillgänglighet',
      paragraphs: [
        'Brygga är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Kraven vi följer är WCAG 2.1 nivå AA i standarden EN 301 549.',
      ],
    },
  ],
  shortcomingsHeading: 'Innehåll som inte är tillgängligt',
  shortcomings: [
    'Diagrammen i Statistik (månad för månad och rankningens exponering) är bilder för den som ser dem; samma siffror finns som tabell bakom en knapp och som en sammanfattning i text bredvid diagrammet.',
    'Placeringstavlan flyttar en placering med knappar, inte genom att dra och släppa.',
    'Vyerna är testade automatiskt och med tangentbord, men ännu inte av personer som använder skärmläsare, förstoring eller taligenkänning. Vi kan därför ha missat brister som bara sådan testning hittar.',
    'Utvecklarverktyget GraphiQL (/graphiql) är ett verktyg för utvecklare och inte en del av tjänsten för handläggare. Det är inte anpassat för skärmläsare.',
  ],
  testingHeading: 'Hur vi testat tjänsten',
  testing: [
    'Vi har gjort en självskattning (intern testning) av Brygga. Vid varje ändring körs automatiska tester i webbläsaren Chromium som loggar in som olika roller, använder vyerna med enbart tangentbord och granskar varje sida och varje läge (tomt, ifyllt, fel) med verktyget axe mot WCAG 2.1 nivå A och AA.',
  ],
  reviewedOn: 'Redogörelsen uppdaterades senast den 2026-12-03.',
} as const;
