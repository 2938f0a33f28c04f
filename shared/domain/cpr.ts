/**
 * Danish CPR numbers (DDMMYY-SSSS), by the CPR office's rules:
 * - the century follows from the 7th digit together with the two-digit year;
 * - the last digit gives the gender (odd: man, even: woman);
 * - substitute numbers (erstatningsnumre) add 60 to the day;
 * - NO modulus-11 check: numbers issued since 2007 may fail it and are valid.
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

export function parseCpr(input: string, today: Date = new Date()): CprResult {
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
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  const todayIso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  if (birthDate > todayIso) {
    return { ok: false, message: 'CPR-nummeret angiver en fødselsdato i fremtiden.' };
  }
  const gender: Gender = Number(cpr[9]) % 2 === 1 ? 'mand' : 'kvinde';
  return { ok: true, info: { cpr, formatted: formatCpr(cpr), birthDate, gender, substitute } };
}

/** Age in whole years on a given ISO date. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
