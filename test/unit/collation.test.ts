import { describe, expect, test } from 'vitest';
import { compareDanish, danishSortKey } from '../../shared/domain/collation';

const byKey = (names: string[]) =>
  [...names].sort((a, b) => {
    const x = danishSortKey(a);
    const y = danishSortKey(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
const byIntl = (names: string[]) => [...names].sort(new Intl.Collator('da').compare);

describe('danishSortKey sorts as Intl.Collator("da")', () => {
  test('Aagaard sorts as Å, after Zimmermann', () => {
    expect(byKey(['Aagaard', 'Zimmermann', 'Andersen'])).toEqual(['Andersen', 'Zimmermann', 'Aagaard']);
    expect(danishSortKey('Aagaard') > danishSortKey('Zimmermann')).toBe(true);
  });

  test('Æ, Ø, Å come after Z, in that order', () => {
    const names = ['Åsted', 'Øster', 'Æbelø', 'Zacho', 'Olsen', 'Abel'];
    expect(byKey(names)).toEqual(['Abel', 'Olsen', 'Zacho', 'Æbelø', 'Øster', 'Åsted']);
    expect(byKey(names)).toEqual(byIntl(names));
  });

  test('"Ærø" < "Øbro" < "Åby"', () => {
    expect(danishSortKey('Ærø') < danishSortKey('Øbro')).toBe(true);
    expect(danishSortKey('Øbro') < danishSortKey('Åby')).toBe(true);
    expect(byKey(['Åby', 'Øbro', 'Ærø'])).toEqual(['Ærø', 'Øbro', 'Åby']);
  });

  test('case does not matter', () => {
    expect(danishSortKey('hansen')).toBe(danishSortKey('HANSEN'));
    expect(danishSortKey('ØRSTED')).toBe(danishSortKey('ørsted'));
    expect(danishSortKey('ÅSE')).toBe(danishSortKey('åse'));
    expect(byKey(['bent', 'Anne', 'carl', 'Birte'])).toEqual(['Anne', 'bent', 'Birte', 'carl']);
  });

  test('é sorts as e, ü as y, ä as æ, ö as ø', () => {
    expect(danishSortKey('Hansén')).toBe(danishSortKey('Hansen'));
    expect(byKey(['Erik', 'Éric', 'Emil'])).toEqual(['Emil', 'Éric', 'Erik']);
    expect(danishSortKey('Müller')).toBe(danishSortKey('Myller'));
    expect(danishSortKey('Ärlig')).toBe(danishSortKey('Ærlig'));
    expect(danishSortKey('Örn')).toBe(danishSortKey('Ørn'));
  });

  test('a list of typical names comes out in the same order as Intl.Collator("da")', () => {
    const names = [
      'Zimmermann', 'Aagaard', 'Æbelø', 'Øster', 'Åsted', 'Andersen', 'Ærø', 'Øbro', 'Åby', 'Hansen', 'Hansén',
      'Éric', 'Erik', 'Emil', 'Müller', 'Møller', 'Mortensen', 'Mygind', 'Yde', 'Ulrik', 'Olsen', 'Zacho',
      'Aabenraa', 'Abel', 'Ahmed', 'Østergaard', 'Ågesen', 'Anne Hansen', 'Annette', 'Ann-Sofie', 'de la Cour',
      'Dahl', 'van Dijk', 'Lund', 'Lunde', 'Jørgensen', 'Jorgensen', 'Bach', 'Baagø', 'Kaj', 'Kåre', 'Nielsen',
      'Pedersen', 'Sørensen', 'Rasmussen', 'Christensen', 'Larsen', 'Thomsen', 'Poulsen', 'Kristensen',
    ];
    const sorted = byKey(names);
    expect(sorted).toEqual(byIntl(names));
    // And the keys agree with the collator on every pair that differs at base level.
    for (const a of names) {
      for (const b of names) {
        const c = Math.sign(compareDanish(a, b));
        if (c === 0) continue;
        const k = Math.sign(danishSortKey(a) < danishSortKey(b) ? -1 : danishSortKey(a) > danishSortKey(b) ? 1 : 0);
        expect([a, b, k]).toEqual([a, b, c]);
      }
    }
  });
});
