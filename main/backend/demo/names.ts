/**
 * Danish names and visibly made-up addresses for demo citizens and staff. The
 * names are common Danish names; the streets and towns do not exist, so a demo
 * printout can never be mistaken for a real person's record.
 */
import type { Rng } from './random';

export const maleFirstNames = [
  'Anders', 'Bent', 'Bjørn', 'Carsten', 'Christian', 'Claus', 'Emil', 'Erik', 'Frederik', 'Frode',
  'Gustav', 'Hans', 'Henrik', 'Jakob', 'Jens', 'Jesper', 'Johan', 'Jørgen', 'Kasper', 'Kim',
  'Kristian', 'Lars', 'Lasse', 'Magnus', 'Malthe', 'Mads', 'Martin', 'Mikkel', 'Morten', 'Niels',
  'Nikolaj', 'Noah', 'Oliver', 'Oscar', 'Ove', 'Palle', 'Peter', 'Poul', 'Rasmus', 'Rune',
  'Søren', 'Steen', 'Thomas', 'Tobias', 'Torben', 'Troels', 'Ulrik', 'Victor', 'William', 'Aksel',
  'Asger', 'Bo', 'Esben', 'Finn', 'Halfdan', 'Ib', 'Kåre', 'Mogens', 'Øystein', 'Åge',
] as const;

export const femaleFirstNames = [
  'Agnes', 'Alberte', 'Alma', 'Anne', 'Annette', 'Astrid', 'Birgitte', 'Camilla', 'Cecilie', 'Clara',
  'Dorthe', 'Ella', 'Emma', 'Freja', 'Gitte', 'Hanne', 'Helle', 'Ida', 'Inge', 'Iben',
  'Johanne', 'Julie', 'Karen', 'Karoline', 'Kirsten', 'Lene', 'Lise', 'Lærke', 'Maja', 'Malene',
  'Maria', 'Marianne', 'Mette', 'Nanna', 'Nora', 'Pernille', 'Rikke', 'Sara', 'Signe', 'Sofie',
  'Susanne', 'Tove', 'Trine', 'Ulla', 'Vibeke', 'Vigga', 'Yrsa', 'Åse', 'Bodil', 'Dagmar',
  'Elin', 'Ellen', 'Grethe', 'Gudrun', 'Hjørdis', 'Jytte', 'Kamma', 'Liv', 'Solveig', 'Asta',
] as const;

export const surnames = [
  'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
  'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
  'Knudsen', 'Jakobsen', 'Mikkelsen', 'Olesen', 'Frederiksen', 'Laursen', 'Henriksen', 'Lund', 'Holm', 'Schmidt',
  'Eriksen', 'Kristiansen', 'Simonsen', 'Clausen', 'Svendsen', 'Andreasen', 'Iversen', 'Østergaard', 'Jeppesen', 'Vestergaard',
  'Nissen', 'Lauridsen', 'Kjær', 'Jepsen', 'Mogensen', 'Søndergaard', 'Bækgaard', 'Dahl', 'Bang', 'Friis',
  'Aagaard', 'Aaberg', 'Aakjær', 'Aaen', 'Ærbøl', 'Ørsted', 'Østerby', 'Løvenskjold', 'Krøyer', 'Bøgh',
  'Skovgaard', 'Nørgaard', 'Damgaard', 'Højgaard', 'Kirkegaard', 'Brøndum', 'Thygesen', 'Winther', 'Juhl', 'Brandt',
  'Krogh', 'Lykke', 'Overgaard', 'Sandberg', 'Gregersen', 'Bach', 'Toft', 'Thorsen', 'Holst', 'Dam',
] as const;

/** Middle names Danes often carry (family names used as middle names). */
const middleNames = ['Juul', 'Bach', 'Holm', 'Skov', 'Lund', 'Krag', 'Hvid', 'Bay', 'Kjær', 'Grøn', 'Bjerre', 'Aagaard', 'Møller', 'Dahl', 'Toft'] as const;

export type Gender = 'mand' | 'kvinde';

export function personName(rng: Rng, gender: Gender): string {
  const first = rng.pick(gender === 'mand' ? maleFirstNames : femaleFirstNames);
  const last = rng.pick(surnames);
  const r = rng.next();
  if (r < 0.25) return `${first} ${rng.pick(middleNames)} ${last}`;
  if (r < 0.35) {
    const second = rng.pick(gender === 'mand' ? maleFirstNames : femaleFirstNames);
    if (second !== first) return `${first} ${second} ${last}`;
  }
  return `${first} ${last}`;
}

/** Initials the way Danish offices make them, made unique by adding letters. */
export function uniqueInitials(name: string, taken: Set<string>, rng: Rng): string {
  const parts = name.split(' ');
  const letters = (s: string) => s.toLocaleUpperCase('da').replace(/[^A-ZÆØÅ]/g, '');
  const first = letters(parts[0]);
  const last = letters(parts[parts.length - 1]);
  const candidates = [
    first[0] + last.slice(0, 2),
    parts.map((p) => letters(p)[0]).join(''),
    first.slice(0, 2) + last.slice(0, 2),
    first[0] + last.slice(0, 3),
    first.slice(0, 2) + last.slice(0, 3),
  ];
  for (const c of candidates) {
    if (c.length >= 2 && c.length <= 6 && !taken.has(c)) {
      taken.add(c);
      return c;
    }
  }
  const alphabet = 'ABCDEFGHIJKLMNOPRSTUVWXYZ';
  for (;;) {
    let c = first[0] + last[0];
    const extra = rng.int(2, 4);
    for (let i = 0; i < extra; i++) c += rng.pick([...alphabet]);
    if (!taken.has(c)) {
      taken.add(c);
      return c;
    }
  }
}

export const streets = [
  'Fiktivvej', 'Demogade', 'Opdigtet Allé', 'Eksempelvej', 'Prøvestræde', 'Påhitsvej', 'Testparken', 'Skrivebordsvej',
  'Modelvænget', 'Attrapgade', 'Forsøgsvej', 'Tænkte Torv', 'Påskuds Allé', 'Drømmevej', 'Øvelsesgade', 'Åndsvej',
] as const;

export const towns = [
  { postalCode: '9991', city: 'Demoby' },
  { postalCode: '9992', city: 'Eksempelby' },
  { postalCode: '9993', city: 'Fiktivstrup' },
  { postalCode: '9994', city: 'Opdigtrup' },
] as const;

export function address(rng: Rng): { address: string; postalCode: string; city: string } {
  const town = rng.pick(towns);
  let line = `${rng.pick(streets)} ${rng.int(1, 180)}`;
  const r = rng.next();
  if (r < 0.3) line += `, ${rng.int(1, 5)}. ${rng.pick(['tv', 'th', 'mf'])}`;
  else if (r < 0.4) line += rng.pick(['A', 'B', 'C']);
  return { address: line, postalCode: town.postalCode, city: town.city };
}

export const regions = ['Nord', 'Syd', 'Øst', 'Vest', 'Midt', 'Centrum', 'Havnen', 'Skovbrynet', 'Ådalen', 'Bakkerne'] as const;
