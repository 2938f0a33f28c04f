export const auditTexts = {
  title: 'Adgangslog',
  intro: 'Hvem har set eller ændret borgerens oplysninger. Kun teamledere kan se loggen.',
  tableLabel: 'Adgangslog for borgeren',
  empty: 'Der er ingen registreringer i loggen endnu.',
  perPage: 'Rækker pr. side',
  columns: { at: 'Tidspunkt', who: 'Medarbejder', what: 'Handling', action: 'Type', caseNumber: 'Sag' },
  unknownUser: 'Ukendt medarbejder',
  export: 'Eksportér CSV',
  exporting: 'Eksporterer …',
  exported: (rows: number) => `Loggen er eksporteret (${rows} ${rows === 1 ? 'række' : 'rækker'}).`,
};
