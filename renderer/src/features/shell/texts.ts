export const shellTexts = {
  appName: 'Sagsoverblik',
  demoChip: 'DEMO – fiktive data',
  demoChipLabel: 'Demoregister: alle borgere og sager er fiktive',
  mainNav: 'Hovedmenu',
  skipToContent: 'Gå til indhold',
  nav: {
    myCases: 'Min sagsstamme',
    teamCases: 'Teamets sager',
    handover: 'Overlevering',
    citizens: 'Borgere',
    deadlines: 'Frister',
    procedures: 'Arbejdsgange',
    activityNames: 'Aktivitetsnavne',
    users: 'Medarbejdere',
    backups: 'Sikkerhedskopier',
  },
};
