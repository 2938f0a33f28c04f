export const setupTexts = {
  welcomeTitle: 'Velkommen til Sagsoverblik',
  intro:
    'Sagsoverblik samler teamets sager, borgere og aktiviteter ét sted. Vælg, hvordan du vil begynde.',
  registerPath: (path: string) => `Registret ligger her: ${path}`,
  problemTitle: 'Registret kan ikke åbnes',
  problemHelp: 'Kontakt en superbruger eller IT-support, og oplys stien til registret.',
  empty: {
    title: 'Nyt tomt register',
    description: 'Start forfra med dit eget team. Du bliver den første medarbejder i registret.',
    teamName: 'Teamets navn',
    teamNameHint: 'Fx Børnehandicap Nord',
    initials: 'Dine initialer',
    initialsHint: '2–6 bogstaver',
    name: 'Dit navn',
    role: 'Din rolle',
    submit: 'Opret tomt register',
    busy: 'Opretter registret …',
  },
  demo: {
    title: 'Demoregister med fiktive borgere',
    description:
      'Prøv programmet med opdigtede borgere, sager og medarbejdere. Brug det til at lære programmet at kende – ikke til rigtige sager.',
    submit: 'Opret demoregister',
    busy: 'Opretter demoregistret med fiktive borgere. Det kan tage et øjeblik …',
  },
  statusFailed: 'Sagsoverblik kan ikke få kontakt til registret.',
  retry: 'Prøv igen',
};
