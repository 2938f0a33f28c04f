export const teamTexts = {
  title: 'Teamets sager',
  selectedHint: 'Markér sager i tabellen for at omfordele dem.',
};
