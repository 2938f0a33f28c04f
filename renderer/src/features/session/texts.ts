export const sessionTexts = {
  whoTitle: 'Hvem er du?',
  whoIntro: 'Vælg dig selv på listen. Det, du registrerer, bliver gemt med dit navn.',
  noUsers: 'Der er ingen aktive medarbejdere i registret.',
  switchUser: 'Skift bruger',
  userMenuLabel: (initials: string, name: string) => `Bruger: ${initials} ${name}. Skift bruger`,
  currentUser: 'Du er logget ind som',
  chooseOther: 'Vælg en anden medarbejder',
  current: '(dig)',
};
