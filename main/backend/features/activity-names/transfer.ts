/**
 * Export and import of the list, to share it between teams or municipalities.
 * CSV is written as Danish Excel reads it (semicolons, UTF-8 with BOM) and read as
 * Danish Excel writes it (UTF-8 with or without BOM, or Windows-1252). An import is
 * checked as a whole first: on any error nothing changes, and the message names the
 * row and the column.
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { z } from 'zod';
import { AppError } from '../../../../shared/api/errors';
import { phases } from '../../../../shared/domain/enums';
import { activityNameFields, nameAreas, type ActivityNameData } from '../../../../shared/features/activity-names';
import type { Ctx } from '../../context';
import { atomically, type Db } from '../../db/transaction';
import { nameKey } from './matching';
import { addName, allNames, updateName } from './store';

/** CSV columns in order: [field, Danish header]. */
const COLUMNS = [
  ['name', 'navn'],
  ['phase', 'fase'],
  ['area', 'område'],
  ['content', 'hvad hører til'],
  ['guidance', 'journalisering'],
  ['example', 'eksempel'],
  ['synonyms', 'synonymer'],
  ['sortOrder', 'sortering'],
  ['isOther', 'andet'],
  ['active', 'aktiv'],
] as const;
type Column = (typeof COLUMNS)[number][0];
const HEADER: Record<Column, string> = Object.fromEntries(COLUMNS) as Record<Column, string>;
const REQUIRED: Column[] = ['name', 'phase', 'area', 'content'];

const row = z.strictObject({ ...activityNameFields, active: z.boolean().default(true) });
type ImportRow = z.output<typeof row>;

export async function exportList(db: Db, format: 'json' | 'csv', today: string) {
  const names = (await allNames(db)).map((n) => ({
    name: n.name,
    phase: n.phase,
    area: n.area,
    content: n.content,
    guidance: n.guidance,
    example: n.example,
    synonyms: n.synonyms,
    sortOrder: n.sortOrder,
    isOther: n.isOther,
    active: n.active,
  }));
  const base = `aktivitetsnavne-${today}`;
  if (format === 'json') {
    return { fileName: `${base}.json`, mimeType: 'application/json', text: JSON.stringify({ version: 1, names }, null, 2) };
  }
  const yes = (b: boolean) => (b ? 'ja' : 'nej');
  const csv = Papa.unparse(
    {
      fields: COLUMNS.map(([, h]) => h),
      data: names.map((n) => [n.name, n.phase, n.area, n.content, n.guidance, n.example, n.synonyms.join(', '), String(n.sortOrder), yes(n.isOther), yes(n.active)]),
    },
    { delimiter: ';', newline: '\r\n' },
  );
  return { fileName: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', text: `\uFEFF${csv}` };
}

/** UTF-8 (BOM or not) when the bytes are valid UTF-8, otherwise Windows-1252 as older Excel saves it. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'win1252');
  }
}

interface Problem {
  row: number;
  column: string;
  message: string;
}

const problemText = (p: Problem) => `Række ${p.row}, kolonne "${p.column}": ${p.message}`;

function fail(problems: Problem[]): never {
  const shown = problems.slice(0, 5).map(problemText);
  const more = problems.length > 5 ? ` (og ${problems.length - 5} fejl mere)` : '';
  const fields = Object.fromEntries(problems.slice(0, 50).map((p) => [`række ${p.row}.${p.column}`, p.message]));
  throw new AppError('VALIDATION', `Filen er ikke indlæst, og listen er uændret. ${shown.join(' ')}${more}`, fields);
}

const asBool = (v: string): boolean | string => {
  const t = v.trim().toLocaleLowerCase('da');
  if (t === '' ) return '';
  if (['ja', 'j', 'x', '1', 'true', 'sand'].includes(t)) return true;
  if (['nej', 'n', '0', 'false', 'falsk'].includes(t)) return false;
  return v;
};

/** CSV records → plain objects in the JSON shape, keeping the Danish header per field for messages. */
function csvRows(text: string): { data: Record<string, unknown>[]; firstRow: number; column: (f: string) => string } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [';', ',', '\t'],
    transformHeader: (h) => h.trim().toLocaleLowerCase('da'),
  });
  const headers = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((f) => !headers.includes(HEADER[f]));
  if (missing.length > 0) fail(missing.map((f) => ({ row: 1, column: HEADER[f], message: 'kolonnen mangler i overskriftsrækken.' })));
  const data = parsed.data.map((r) => {
    const o: Record<string, unknown> = {};
    for (const [field, header] of COLUMNS) {
      const v = r[header];
      if (v === undefined) continue;
      if (field === 'synonyms') o[field] = v.split(/[,|]/).map((s) => s.trim()).filter(Boolean);
      else if (field === 'sortOrder') o[field] = v.trim() === '' ? undefined : Number(v.trim());
      else if (field === 'isOther' || field === 'active') o[field] = asBool(v) === '' ? undefined : asBool(v);
      else o[field] = v;
    }
    return o;
  });
  return { data, firstRow: 2, column: (f) => HEADER[f as Column] ?? f };
}

function jsonRows(text: string): { data: Record<string, unknown>[]; firstRow: number; column: (f: string) => string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('VALIDATION', 'Filen er ikke gyldig JSON, og listen er uændret.');
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { names?: unknown })?.names;
  if (!Array.isArray(list)) throw new AppError('VALIDATION', 'Filen indeholder ingen liste over aktivitetsnavne ("names"), og listen er uændret.');
  return { data: list.map((r) => (r && typeof r === 'object' ? (r as Record<string, unknown>) : {})), firstRow: 1, column: (f) => f };
}

/** Checks every row and the file as a whole; returns the rows only when there is no problem at all. */
export function validateImport(format: 'json' | 'csv', bytes: Buffer): ImportRow[] {
  const { data, firstRow, column } = format === 'csv' ? csvRows(decodeText(bytes)) : jsonRows(decodeText(bytes));
  if (data.length === 0) throw new AppError('VALIDATION', 'Filen indeholder ingen aktivitetsnavne, og listen er uændret.');
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const rows: ImportRow[] = [];
  let others = 0;
  data.forEach((input, i) => {
    const rowNo = i + firstRow;
    // Danish words for values are forgiving on case; an unknown phase or area is named as such.
    const o = { ...input };
    if (typeof o.phase === 'string') o.phase = o.phase.trim().toLocaleLowerCase('da');
    if (typeof o.area === 'string') o.area = o.area.trim().toLocaleLowerCase('da').replace(/^voksne$/, 'voksen');
    for (const f of REQUIRED) {
      if (o[f] === undefined || (typeof o[f] === 'string' && o[f].trim() === '')) problems.push({ row: rowNo, column: column(f), message: 'skal udfyldes.' });
    }
    if (typeof o.phase === 'string' && o.phase !== '' && !(phases as readonly string[]).includes(o.phase)) {
      problems.push({ row: rowNo, column: column('phase'), message: `ukendt fase "${String(input.phase)}". Brug en af: ${phases.join(', ')}.` });
    }
    if (typeof o.area === 'string' && o.area !== '' && !(nameAreas as readonly string[]).includes(o.area)) {
      problems.push({ row: rowNo, column: column('area'), message: `ukendt område "${String(input.area)}". Brug børn, voksen eller begge.` });
    }
    if (problems.some((p) => p.row === rowNo)) return;
    const parsed = row.safeParse(o);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ row: rowNo, column: column(String(issue.path[0] ?? 'navn')), message: issue.message });
      return;
    }
    const key = nameKey(parsed.data.name);
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push({ row: rowNo, column: column('name'), message: `navnet "${parsed.data.name}" står også i række ${earlier}.` });
    seen.set(key, rowNo);
    if (parsed.data.isOther && ++others > 1) problems.push({ row: rowNo, column: column('isOther'), message: 'kun ét navn kan være "Andet".' });
    rows.push(parsed.data);
  });
  if (problems.length > 0) fail(problems);
  return rows;
}

/**
 * Adds names that are new and updates those already on the list (matched by name);
 * names not in the file are left as they are, since old activities still use them.
 */
export async function importList(ctx: Ctx, format: 'json' | 'csv', bytes: Buffer) {
  const rows = validateImport(format, bytes);
  const at = ctx.now().toISOString();
  const userId = ctx.user.id;
  const result = { created: 0, updated: 0, unchanged: 0 };
  await atomically(ctx.db, async (trx) => {
    // An "Andet" entry in the file replaces the flag on the list's own, so the one-"Andet" rule holds at every step.
    const incomingOther = rows.find((r) => r.isOther);
    const currentOther = (await allNames(trx)).find((n) => n.isOther);
    if (incomingOther && currentOther && nameKey(currentOther.name) !== nameKey(incomingOther.name)) {
      await updateName(trx, currentOther.id, { isOther: false }, at, userId, 'importeret');
    }
    // The list as it is now, read once: each key occurs once in the file (validateImport).
    const byKey = new Map((await allNames(trx)).map((n) => [nameKey(n.name), n]));
    for (const r of rows) {
      const { active, ...data } = r;
      const existing = byKey.get(nameKey(r.name));
      if (existing) {
        if (await updateName(trx, existing.id, { ...(data as ActivityNameData), active }, at, userId, 'importeret', existing)) result.updated++;
        else result.unchanged++;
      } else {
        const id = await addName(trx, data as ActivityNameData, at, userId, 'importeret');
        if (!active) await updateName(trx, id, { active: false }, at, userId, 'udgået');
        result.created++;
      }
    }
  });
  return result;
}
