export const printTexts = {
  print: 'Udskriv',
  back: 'Tilbage',
};
