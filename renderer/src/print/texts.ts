export const printTexts = {
  appName: 'Sagsoverblik',
  view: 'Udskriftsvisning – knapperne kommer ikke med på papiret',
  print: 'Udskriv',
  back: 'Tilbage',
};
