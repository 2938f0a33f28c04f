import { describe, expect, test } from 'vitest';
import { ageOn, birthYear, formatCpr, normaliseCpr, parseCpr, readCpr } from '../../shared/domain/cpr';

// "Today" is the Danish calendar day as an ISO date, as the backend's clock gives it.
const TODAY = '2026-03-10';

function info(input: string, today = TODAY) {
  const r = parseCpr(input, today);
  if (!r.ok) throw new Error(`expected ${input} to be accepted, got: ${r.message}`);
  return r.info;
}
function refused(input: string, today = TODAY): string {
  const r = parseCpr(input, today);
  if (r.ok) throw new Error(`expected ${input} to be refused, got birth date ${r.info.birthDate}`);
  return r.message;
}

/** The old modulus-11 control (weights 4 3 2 7 6 5 4 3 2 1). */
const passesMod11 = (cpr: string) =>
  [...cpr].reduce((sum, d, i) => sum + Number(d) * [4, 3, 2, 7, 6, 5, 4, 3, 2, 1][i], 0) % 11 === 0;

describe('modulus 11 is not a rule', () => {
  test('a number issued since 2007 that fails modulus 11 is accepted', () => {
    const cpr = '1503104001'; // born 15 March 2010 (7th digit 4, yy 10 → 2010)
    expect(passesMod11(cpr)).toBe(false);
    const i = info(cpr);
    expect(i.birthDate).toBe('2010-03-15');
    expect(i.cpr).toBe(cpr);
  });

  test('a number that passes modulus 11 is of course accepted too', () => {
    // Search a serial that passes, so the control itself is shown to work.
    const serial = [...Array(1000).keys()].map((n) => `0101904${String(n).padStart(3, '0')}`.slice(0, 10)).find((c) => passesMod11(c))!;
    expect(serial).toBeDefined();
    expect(parseCpr(serial, TODAY).ok).toBe(true);
  });
});

describe('century from the 7th digit', () => {
  test.each([
    // [yy, 7th digit, year]
    [0, 0, 1900], [99, 0, 1999], [5, 1, 1905], [57, 2, 1957], [36, 3, 1936], [99, 3, 1999],
    [0, 4, 2000], [36, 4, 2036], [37, 4, 1937], [99, 4, 1999],
    [0, 9, 2000], [36, 9, 2036], [37, 9, 1937], [99, 9, 1999],
    [0, 5, 2000], [57, 5, 2057], [58, 5, 1858], [99, 5, 1899],
    [20, 6, 2020], [58, 6, 1858], [57, 7, 2057], [70, 7, 1870], [1, 8, 2001], [99, 8, 1899],
  ])('yy %i with 7th digit %i → %i', (yy, seventh, year) => {
    expect(birthYear(yy, seventh)).toBe(year);
  });

  test('0–3 give the 1900s even for a low two-digit year', () => {
    expect(info('0101053001').birthDate).toBe('1905-01-01');
    expect(info('0101050001').birthDate).toBe('1905-01-01');
  });

  test('4 and 9: yy ≤ 36 is 2000–2036, above that the 1900s', () => {
    expect(info('0101204001').birthDate).toBe('2020-01-01');
    expect(info('0101209001').birthDate).toBe('2020-01-01');
    expect(info('0101374001').birthDate).toBe('1937-01-01');
    expect(info('3112999001').birthDate).toBe('1999-12-31');
    // 2036 needs a "today" after it.
    expect(info('0101364001', '2040-01-01').birthDate).toBe('2036-01-01');
  });

  test('5–8: yy ≤ 57 is 2000–2057', () => {
    expect(info('0101105001').birthDate).toBe('2010-01-01');
    expect(info('0101006001').birthDate).toBe('2000-01-01');
    expect(info('0101577001', '2060-01-01').birthDate).toBe('2057-01-01');
  });
});

describe('the 1800s (7th digit 5–8 with year 58–99) are refused: nobody alive was born then', () => {
  test.each(['5', '6', '7', '8'])('7th digit %s: years 58 and 99 are refused with a Danish message naming the date', (seventh) => {
    expect(refused(`010158${seventh}001`)).toBe(
      'CPR-nummeret giver en fødselsdato i 1800-tallet (01-01-1858), og ingen nulevende er født dengang. ' +
        'Tjek cifrene: 5–8 som 7. ciffer med årstal 58–99 betyder 1858–1899.',
    );
    expect(refused(`311299${seventh}002`)).toMatch(/^CPR-nummeret giver en fødselsdato i 1800-tallet \(31-12-1899\)/);
  });

  test('every year 58–99 with 5–8 is refused, on any day', () => {
    for (let yy = 58; yy <= 99; yy++) {
      for (const seventh of [5, 6, 7, 8]) {
        const cpr = `1506${String(yy).padStart(2, '0')}${seventh}123`;
        for (const today of ['2026-03-10', '2000-01-01', '2099-12-31']) expect(refused(cpr, today)).toMatch(/1800-tallet/);
      }
    }
  });

  test('the same two-digit years with 0–4 or 9 are the 1900s and accepted', () => {
    expect(info('0101581001').birthDate).toBe('1958-01-01');
    expect(info('0101584001').birthDate).toBe('1958-01-01');
    expect(info('3112999001').birthDate).toBe('1999-12-31');
  });

  test('year 57 with 5–8 is 2057: a future birth date, not the 1800s', () => {
    expect(refused('0101575001')).toBe('CPR-nummeret angiver en fødselsdato i fremtiden.');
  });

  test('substitute numbers (day + 60) follow the same century rule', () => {
    expect(refused('6101585001')).toMatch(/1800-tallet \(01-01-1858\)/);
    expect(refused('9112996001')).toMatch(/1800-tallet \(31-12-1899\)/);
    expect(info('6101105001')).toMatchObject({ birthDate: '2010-01-01', substitute: true });
  });

  test('a date that does not exist is still that message, also in the 1800s', () => {
    expect(refused('2902595001')).toBe('CPR-nummeret indeholder en dato, der ikke findes.'); // 1859: not a leap year
  });

  test('numbers without modulus 11 stay accepted next to the rule', () => {
    const cpr = '0101105001';
    expect(passesMod11(cpr)).toBe(false);
    expect(info(cpr).birthDate).toBe('2010-01-01');
  });

  test('readCpr (the checks that hold on any day) refuses the 1800s too', () => {
    const r = readCpr('0101588001');
    expect(r.ok).toBe(false);
  });
});

describe('substitute numbers (erstatningsnumre)', () => {
  test('day + 60 is accepted, marked substitute, and the birth date is the real day', () => {
    const i = info('7503104002'); // 75 → 15 March 2010
    expect(i.substitute).toBe(true);
    expect(i.birthDate).toBe('2010-03-15');
    expect(info('6101901234').birthDate).toBe('1990-01-01');
    expect(info('9112901234').birthDate).toBe('1990-12-31');
  });

  test('an ordinary number is not marked substitute', () => {
    expect(info('1503104002').substitute).toBe(false);
  });

  test('a substitute number must still hold a real date', () => {
    expect(refused('9104901234')).toMatch(/dato, der ikke findes/); // 31 April
    expect(refused('6002901234')).toMatch(/dato/); // day 60 → 0 is not a day either
  });
});

describe('impossible dates are refused', () => {
  test.each([
    ['3104901234', '31 April'],
    ['2902011234', '29 Feb 1901 (not leap)'],
    ['0113901234', 'month 13'],
    ['0100901234', 'month 00'],
    ['0001901234', 'day 00'],
    ['9201901234', 'day 92 (substitute 32)'],
    ['3201901234', 'day 32'],
  ])('%s (%s)', (cpr) => {
    expect(refused(cpr)).toBe('CPR-nummeret indeholder en dato, der ikke findes.');
  });

  test('29 February in a leap year is fine, in a non-leap year not', () => {
    expect(info('2902084001').birthDate).toBe('2008-02-29');
    expect(refused('2902094001')).toMatch(/dato/);
    expect(refused('2902581234')).toMatch(/dato/); // 1958
    expect(info('2902004001').birthDate).toBe('2000-02-29'); // divisible by 400: leap
  });
});

describe('formats', () => {
  test.each(['1503104002', '150310-4002', '150310 4002', ' 150310-4002 '])('"%s" is accepted and stored as ten digits', (text) => {
    const i = info(text);
    expect(i.cpr).toBe('1503104002');
    expect(i.formatted).toBe('150310-4002');
  });

  test.each(['15031-04002', '150310--4002', '15031040', '15031040021', '150310-400a', 'abcdefghij', '', '150310_4002', '1503 10 4002'])(
    '"%s" is refused with the format message',
    (text) => {
      expect(refused(text)).toBe('CPR-nummeret skal skrives som DDMMÅÅ-XXXX (10 cifre).');
    },
  );

  test('normalise and format round-trip', () => {
    expect(normaliseCpr('150310-4002')).toBe('1503104002');
    expect(normaliseCpr('x')).toBeNull();
    expect(formatCpr('1503104002')).toBe('150310-4002');
  });
});

describe('gender from the last digit', () => {
  test.each([
    ['1503104001', 'mand'], ['1503104003', 'mand'], ['1503104009', 'mand'],
    ['1503104000', 'kvinde'], ['1503104002', 'kvinde'], ['1503104008', 'kvinde'],
  ])('%s → %s', (cpr, gender) => {
    expect(info(cpr).gender).toBe(gender);
  });
});

describe('a future birth date is refused', () => {
  test('born tomorrow is refused, born today is accepted', () => {
    expect(refused('1103264001')).toBe('CPR-nummeret angiver en fødselsdato i fremtiden.'); // 11 March 2026
    expect(info('1003264001').birthDate).toBe('2026-03-10');
  });

  test('yy 30 with 7th digit 4 means 2030, which has not happened yet', () => {
    expect(refused('0101304001')).toMatch(/fremtiden/);
  });

  test('"today" is an ISO date; anything else is a programming error, not a silent machine-local date', () => {
    expect(() => parseCpr('1003264001', '10-03-2026')).toThrow(TypeError);
    expect(readCpr('0101304001').ok).toBe(true); // the day-independent checks leave the future to parseCpr
  });
});

describe('ageOn', () => {
  test('turns a year older on the birthday, not the day before', () => {
    expect(ageOn('2010-05-20', '2026-05-19')).toBe(15);
    expect(ageOn('2010-05-20', '2026-05-20')).toBe(16);
    expect(ageOn('2010-05-20', '2026-05-21')).toBe(16);
    expect(ageOn('2010-05-20', '2026-04-30')).toBe(15);
    expect(ageOn('2010-05-20', '2026-06-01')).toBe(16);
  });

  test('new year does not change the age', () => {
    expect(ageOn('2010-12-31', '2026-12-30')).toBe(15);
    expect(ageOn('2010-12-31', '2026-12-31')).toBe(16);
    expect(ageOn('2010-12-31', '2027-01-01')).toBe(16);
  });

  test('born 29 February: a year older on 1 March in non-leap years, on 29 February in leap years', () => {
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(16);
    expect(ageOn('2008-02-29', '2025-03-01')).toBe(17);
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
  });

  test('a newborn is 0', () => {
    expect(ageOn('2026-03-10', '2026-03-10')).toBe(0);
  });
});
