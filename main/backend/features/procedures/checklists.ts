/** Checklists run on a case: a snapshot of the procedure's items, every tick kept with who and when. */
import { AppError, notFound } from '../../../../shared/api/errors';
import { closedDayName, isWorkingDay, nextWorkingDay } from '../../../../shared/domain/calendar';
import { formatDate } from '../../../../shared/domain/dates';
import type { ChecklistRun, ProcedureContent } from '../../../../shared/features/procedures';
import type { Ctx } from '../../context';
import { atomically, type Db } from '../../db/transaction';
import { addDays, format, getDay, parseISO } from 'date-fns';

/** Runs with their procedure's title and the content of the version they were started from. */
const runsQuery = (db: Db) =>
  db
    .selectFrom('checklist_runs as r')
    .innerJoin('users as u', 'u.id', 'r.started_by')
    .innerJoin('procedures as p', 'p.id', 'r.procedure_id')
    .innerJoin('procedure_versions as v', (join) => join.onRef('v.procedure_id', '=', 'r.procedure_id').onRef('v.version', '=', 'r.version'))
    .select(['r.id', 'r.procedure_id', 'r.version', 'r.items', 'r.started_at', 'u.name as started_by_name', 'p.title', 'v.content']);

type RunRow = Awaited<ReturnType<ReturnType<typeof runsQuery>['execute']>>[number];

async function toRuns(db: Db, rows: RunRow[]): Promise<ChecklistRun[]> {
  if (!rows.length) return [];
  // The latest tick per item wins; earlier ones stay as history.
  const ticks = await db
    .selectFrom('checklist_ticks as t')
    .innerJoin('users as u', 'u.id', 't.by_user')
    .select(['t.run_id', 't.item_index', 't.checked', 't.at', 'u.name'])
    .where('t.run_id', 'in', rows.map((r) => r.id))
    .orderBy('t.id')
    .execute();
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

export async function runsForCase(ctx: Ctx, caseId: number): Promise<ChecklistRun[]> {
  const exists = await ctx.db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
  if (!exists) throw notFound('Sagen');
  const rows = await runsQuery(ctx.db).where('r.case_id', '=', caseId).orderBy('r.started_at', 'desc').orderBy('r.id', 'desc').execute();
  // Open checklists first: they are what the caseworker still has to do.
  return (await toRuns(ctx.db, rows)).sort((a, b) => Number(b.open) - Number(a.open));
}

export async function runById(db: Db, id: number): Promise<ChecklistRun> {
  const row = await runsQuery(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Tjeklisten');
  return (await toRuns(db, [row]))[0];
}

const areaNames = { børn: 'børn', voksen: 'voksne' } as const;

/** A procedure for children is not run on an adult's case, nor the other way round. */
async function checkArea(db: Db, caseId: number, procedureId: number): Promise<void> {
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

export function startRun(ctx: Ctx, caseId: number, procedureId: number): Promise<ChecklistRun> {
  return atomically(ctx.db, async (trx) => {
    await checkArea(trx, caseId, procedureId);
    const p = await trx
      .selectFrom('procedures as p')
      .innerJoin('procedure_versions as v', (join) => join.onRef('v.procedure_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'))
      .select(['p.id', 'p.status', 'p.current_version', 'v.content'])
      .where('p.id', '=', procedureId)
      .executeTakeFirst();
    if (!p) throw notFound('Arbejdsgangen');
    const items = (JSON.parse(p.content) as ProcedureContent).checklist;
    if (!items.length) throw new AppError('VALIDATION', 'Arbejdsgangen har ingen tjekliste.');
    if (p.status === 'arkiveret') throw new AppError('CONFLICT', 'Arbejdsgangen er arkiveret, så dens tjekliste kan ikke startes.');
    // Open: some item whose latest tick is not a tick (counted here, not in engine-specific JSON SQL).
    const earlier = await toRuns(trx, await runsQuery(trx).where('r.case_id', '=', caseId).where('r.procedure_id', '=', procedureId).execute());
    if (earlier.some((r) => r.open)) throw new AppError('CONFLICT', 'Tjeklisten er allerede i gang på sagen. Fortsæt den, der er åben.');
    const { id } = await trx
      .insertInto('checklist_runs')
      .values({ case_id: caseId, procedure_id: procedureId, version: p.current_version, items: JSON.stringify(items), started_by: ctx.user.id, started_at: ctx.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return runById(trx, id);
  });
}

export async function tick(ctx: Ctx, runId: number, index: number, checked: boolean): Promise<ChecklistRun> {
  const run = await runById(ctx.db, runId);
  const item = run.items[index];
  if (!item) throw new AppError('VALIDATION', 'Punktet findes ikke på tjeklisten.', { index: 'Ukendt punkt.' });
  if (item.checked === checked) return run; // nothing changed: no history row
  await ctx.db
    .insertInto('checklist_ticks')
    .values({ run_id: runId, item_index: index, checked: checked ? 1 : 0, by_user: ctx.user.id, at: ctx.now().toISOString() })
    .execute();
  return runById(ctx.db, runId);
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
