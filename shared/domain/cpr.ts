/**
 * Danish CPR numbers (DDMMYY-SSSS), by the CPR office's rules:
 * - the century follows from the 7th digit together with the two-digit year;
 * - the last digit gives the gender (odd: man, even: woman);
 * - substitute numbers (erstatningsnumre) add 60 to the day;
 * - NO modulus-11 check: numbers issued since 2007 may fail it and are valid.
 * A number is refused when its birth date does not exist, lies in the 1800s (7th digit
 * 5–8 with year 58–99: nobody born then is alive, so it is a typing error), or lies after
 * today. "Today" is always passed in: the Danish calendar day from the backend's clock
 * (or, in the window, `todayIso()`), never the machine's local date.
 */
export type Gender = 'mand' | 'kvinde';

export interface CprInfo {
  /** Ten digits, no hyphen: the stored form. */
  cpr: string;
  /** DDMMYY-SSSS: the displayed form. */
  formatted: string;
  /** ISO date YYYY-MM-DD. */
  birthDate: string;
  gender: Gender;
  substitute: boolean;
}

export type CprResult = { ok: true; info: CprInfo } | { ok: false; message: string };

/** Accepts "DDMMYYSSSS", "DDMMYY-SSSS" or "DDMMYY SSSS"; returns ten digits or null. */
export function normaliseCpr(input: string): string | null {
  const m = /^\s*(\d{6})[\s-]?(\d{4})\s*$/.exec(input);
  return m ? m[1] + m[2] : null;
}

export function formatCpr(cpr: string): string {
  return cpr.length === 10 ? `${cpr.slice(0, 6)}-${cpr.slice(6)}` : cpr;
}

/** The full birth year from the two-digit year and the 7th digit (first serial digit). */
export function birthYear(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  // 5, 6, 7, 8
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A birth year before this is the 7th digit's 1858–1899 range: nobody alive was born then. */
const FIRST_LIVING_YEAR = 1900;

/**
 * The checks that hold on any day: the format, a date that exists, and not the 1800s.
 * Forms and the API's schema run this; whether the birth date lies after today needs
 * today's Danish date: `parseCpr`.
 */
export function readCpr(input: string): CprResult {
  const cpr = normaliseCpr(input);
  if (!cpr) return { ok: false, message: 'CPR-nummeret skal skrives som DDMMÅÅ-XXXX (10 cifre).' };
  let day = Number(cpr.slice(0, 2));
  const month = Number(cpr.slice(2, 4));
  const yy = Number(cpr.slice(4, 6));
  const seventh = Number(cpr[6]);
  const substitute = day > 60;
  if (substitute) day -= 60;
  const year = birthYear(yy, seventh);
  if (!isRealDate(year, month, day)) {
    return { ok: false, message: 'CPR-nummeret indeholder en dato, der ikke findes.' };
  }
  if (year < FIRST_LIVING_YEAR) {
    return {
      ok: false,
      message:
        `CPR-nummeret giver en fødselsdato i 1800-tallet (${pad(day)}-${pad(month)}-${year}), og ingen nulevende er født dengang. ` +
        'Tjek cifrene: 5–8 som 7. ciffer med årstal 58–99 betyder 1858–1899.',
    };
  }
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  const gender: Gender = Number(cpr[9]) % 2 === 1 ? 'mand' : 'kvinde';
  return { ok: true, info: { cpr, formatted: formatCpr(cpr), birthDate, gender, substitute } };
}

/**
 * Every check, "not born after today" included. `today` is an ISO date (YYYY-MM-DD):
 * the Danish calendar day of the backend's clock (`ctx.today()`, `todayIso()`).
 */
export function parseCpr(input: string, today: string): CprResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new TypeError('parseCpr: today must be an ISO date (YYYY-MM-DD)');
  const result = readCpr(input);
  if (result.ok && result.info.birthDate > today) {
    return { ok: false, message: 'CPR-nummeret angiver en fødselsdato i fremtiden.' };
  }
  return result;
}

/** Age in whole years on a given ISO date. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
