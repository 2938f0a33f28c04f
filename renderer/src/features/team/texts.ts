export const teamTexts = {
  title: 'Teamets sager',
  selectedHint: 'Markér sager i tabellen for at omfordele dem.',
  noOpenCases: 'Teamet har ingen åbne sager.',
  absence: {
    title: 'Fravær',
    loading: 'Henter fravær …',
    none: 'Ingen i teamet er meldt fraværende.',
    startShift: 'Er en sagsbehandler syg eller væk, så start et uplanlagt skift under Overlevering.',
    listLabel: 'Fraværende sagsbehandlere',
    openShift: (name: string) => `Åbn det uplanlagte skift for ${name}`,
    line: (until: string, cases: number, reason: string) =>
      `væk til og med ${until}, ${cases === 1 ? '1 sag dækkes' : `${cases} sager dækkes`} af kolleger (${reason})`,
  },
};
