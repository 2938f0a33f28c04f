/** Checklists run on a case: a snapshot of the procedure's items, every tick kept with who and when. */
import { AppError, notFound } from '../../../../shared/api/errors';
import { closedDayName, isWorkingDay, nextWorkingDay } from '../../../../shared/domain/calendar';
import { formatDate } from '../../../../shared/domain/dates';
import type { ChecklistRun, ProcedureContent } from '../../../../shared/features/procedures';
import type { Ctx } from '../../context';
import { withProcedures } from './tables';
import { addDays, format, getDay, parseISO } from 'date-fns';

interface RunRow {
  id: number;
  procedure_id: number;
  version: number;
  items: string;
  started_at: string;
  started_by_name: string;
  title: string;
  content: string;
}

const RUNS_SQL = `SELECT r.id, r.procedure_id, r.version, r.items, r.started_at, u.name AS started_by_name, p.title, v.content
  FROM checklist_runs r JOIN users u ON u.id = r.started_by JOIN procedures p ON p.id = r.procedure_id
  JOIN procedure_versions v ON v.procedure_id = r.procedure_id AND v.version = r.version`;

function toRuns(ctx: Ctx, rows: RunRow[]): ChecklistRun[] {
  if (!rows.length) return [];
  // The latest tick per item wins; earlier ones stay as history.
  const ticks = ctx.raw
    .prepare(
      `SELECT t.run_id, t.item_index, t.checked, t.at, u.name FROM checklist_ticks t JOIN users u ON u.id = t.by_user
       WHERE t.run_id IN (${rows.map(() => '?').join(',')}) ORDER BY t.id`,
    )
    .all(...rows.map((r) => r.id)) as { run_id: number; item_index: number; checked: number; at: string; name: string }[];
  const latest = new Map<string, (typeof ticks)[number]>();
  for (const t of ticks) latest.set(`${t.run_id}:${t.item_index}`, t);
  return rows.map((r) => {
    const items = (JSON.parse(r.items) as string[]).map((text, index) => {
      const t = latest.get(`${r.id}:${index}`);
      const checked = t?.checked === 1;
      return { index, text, checked, byName: t ? t.name : null, at: t ? t.at : null };
    });
    const content = JSON.parse(r.content) as ProcedureContent;
    return {
      id: r.id,
      procedureId: r.procedure_id,
      procedureTitle: r.title,
      version: r.version,
      startedAt: r.started_at,
      startedByName: r.started_by_name,
      open: items.some((i) => !i.checked),
      warnBeforeClosedDays: content.warnBeforeClosedDays ?? false,
      items,
    };
  });
}

export function runsForCase(ctx: Ctx, caseId: number): ChecklistRun[] {
  const exists = ctx.raw.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId);
  if (!exists) throw notFound('Sagen');
  const rows = ctx.raw.prepare(`${RUNS_SQL} WHERE r.case_id = ? ORDER BY r.started_at DESC, r.id DESC`).all(caseId) as RunRow[];
  // Open checklists first: they are what the caseworker still has to do.
  return toRuns(ctx, rows).sort((a, b) => Number(b.open) - Number(a.open));
}

export function runById(ctx: Ctx, id: number): ChecklistRun {
  const row = ctx.raw.prepare(`${RUNS_SQL} WHERE r.id = ?`).get(id) as RunRow | undefined;
  if (!row) throw notFound('Tjeklisten');
  return toRuns(ctx, [row])[0];
}

const areaNames = { børn: 'børn', voksen: 'voksne' } as const;

/** A procedure for children is not run on an adult's case, nor the other way round. */
async function checkArea(ctx: Ctx, caseId: number, procedureId: number): Promise<void> {
  const db = withProcedures(ctx.db);
  const c = await db.selectFrom('cases').select('area').where('id', '=', caseId).executeTakeFirst();
  if (!c) throw notFound('Sagen');
  const p = await db.selectFrom('procedures').select('area').where('id', '=', procedureId).executeTakeFirst();
  if (!p) throw notFound('Arbejdsgangen');
  if (p.area !== 'begge' && p.area !== c.area) {
    const procedureFor = areaNames[p.area as keyof typeof areaNames];
    const caseFor = areaNames[c.area as keyof typeof areaNames];
    throw new AppError('VALIDATION', `Arbejdsgangen gælder ${procedureFor}, og sagen hører til området for ${caseFor}. Vælg en anden sag.`, { caseId: 'Sagen passer ikke til arbejdsgangens område.' });
  }
}

export async function startRun(ctx: Ctx, caseId: number, procedureId: number): Promise<ChecklistRun> {
  await checkArea(ctx, caseId, procedureId);
  const p = ctx.raw
    .prepare(
      `SELECT p.id, p.status, p.current_version, v.content FROM procedures p
       JOIN procedure_versions v ON v.procedure_id = p.id AND v.version = p.current_version WHERE p.id = ?`,
    )
    .get(procedureId) as { id: number; status: string; current_version: number; content: string } | undefined;
  if (!p) throw notFound('Arbejdsgangen');
  const items = (JSON.parse(p.content) as ProcedureContent).checklist;
  if (!items.length) throw new AppError('VALIDATION', 'Arbejdsgangen har ingen tjekliste.');
  if (p.status === 'arkiveret') throw new AppError('CONFLICT', 'Arbejdsgangen er arkiveret, så dens tjekliste kan ikke startes.');
  const open = ctx.raw
    .prepare(
      `SELECT r.id FROM checklist_runs r WHERE r.case_id = ? AND r.procedure_id = ? AND
        (SELECT count(*) FROM (SELECT item_index, checked FROM checklist_ticks t WHERE t.run_id = r.id AND t.id =
          (SELECT max(id) FROM checklist_ticks t2 WHERE t2.run_id = r.id AND t2.item_index = t.item_index)) WHERE checked = 1)
        < json_array_length(r.items)`,
    )
    .get(caseId, procedureId) as { id: number } | undefined;
  if (open) throw new AppError('CONFLICT', 'Tjeklisten er allerede i gang på sagen. Fortsæt den, der er åben.');
  const id = ctx.raw
    .prepare('INSERT INTO checklist_runs (case_id, procedure_id, version, items, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(caseId, procedureId, p.current_version, JSON.stringify(items), ctx.user.id, ctx.now().toISOString()).lastInsertRowid;
  return runById(ctx, Number(id));
}

export function tick(ctx: Ctx, runId: number, index: number, checked: boolean): ChecklistRun {
  const run = runById(ctx, runId);
  const item = run.items[index];
  if (!item) throw new AppError('VALIDATION', 'Punktet findes ikke på tjeklisten.', { index: 'Ukendt punkt.' });
  if (item.checked === checked) return run; // nothing changed: no history row
  ctx.raw
    .prepare('INSERT INTO checklist_ticks (run_id, item_index, checked, by_user, at) VALUES (?, ?, ?, ?, ?)')
    .run(runId, index, checked ? 1 : 0, ctx.user.id, ctx.now().toISOString());
  return runById(ctx, runId);
}

const plusDays = (iso: string, n: number) => format(addDays(parseISO(iso), n), 'yyyy-MM-dd');

/**
 * Should a refusal go out on this date? Not on a Friday, a weekend or a closed day,
 * and not the day before a closed day: the citizen must be able to call us the
 * next day. Suggests the next working day that is itself followed by a working day.
 */
export function closedDayCheck(date: string) {
  const reason = (d: string): string | null => {
    if (!isWorkingDay(d)) return `${formatDate(d)} er ${closedDayName(d) ?? 'en weekenddag'}, hvor vi har lukket.`;
    if (getDay(parseISO(d)) === 5) return `${formatDate(d)} er en fredag, så borgeren ikke kan få fat i os dagen efter.`;
    const next = plusDays(d, 1);
    const name = closedDayName(next);
    if (name) return `Dagen efter, ${formatDate(next)}, er ${name.toLocaleLowerCase('da')}, så borgeren ikke kan få fat i os.`;
    return null;
  };
  const why = reason(date);
  if (!why) return { date, warn: false, message: 'Datoen er fin til at sende et afslag.', suggestedDate: null };
  let candidate = nextWorkingDay(plusDays(date, 1));
  for (let i = 0; i < 30 && reason(candidate); i++) candidate = nextWorkingDay(plusDays(candidate, 1));
  return {
    date,
    warn: true,
    message: `Overvej at vente med at sende afslaget. ${why} Send det hellere ${formatDate(candidate)}.`,
    suggestedDate: candidate,
  };
}
