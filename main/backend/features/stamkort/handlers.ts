import { sql } from 'kysely';
import { AppError } from '../../../../shared/api/errors';
import { formatDateTime } from '../../../../shared/domain/dates';
import { sectionsFor, type stamkortContract } from '../../../../shared/features/stamkort';
import type { Ctx, HandlersFor } from '../../context';
import { atomically, type Db } from '../../db/transaction';
import { caseHead, loadStamkort, reviewDaysSetting } from './load';
import { listReminders } from './reminders';
import { diffSection, type StoredSection } from './rules';

const FUTURE = 'Datoen kan ikke ligge i fremtiden.';

const load = (ctx: Ctx, caseId: number) => loadStamkort(ctx.db, ctx.reference, caseId, ctx.today(), ctx.maybeUser);

/** Dates that cannot lie ahead (a diagnosis made, a sibling born): refused at the field, nothing saved. */
function checkNoFutureDates(entries: Record<string, unknown>[], field: string, today: string): void {
  const fields: Record<string, string> = {};
  entries.forEach((e, i) => {
    const v = e[field];
    if (typeof v === 'string' && v > today) fields[`data.entries.${i}.${field}`] = FUTURE;
  });
  const keys = Object.keys(fields);
  if (keys.length > 0) throw new AppError('VALIDATION', `Oplysningerne kan ikke gemmes: ${FUTURE}`, fields);
}

/** Built on the transaction that found the conflict (it is rolled back when this is thrown). */
async function conflict(db: Db, citizenId: number, section: string | null): Promise<AppError> {
  const row = section
    ? await db
        .selectFrom('stamkort_sections as x')
        .innerJoin('users as u', 'u.id', 'x.updated_by')
        .select(['x.updated_at as at', 'u.name'])
        .where('x.citizen_id', '=', citizenId)
        .where('x.section', '=', section)
        .executeTakeFirst()
    : await db.selectFrom('stamkort as s').select(['s.updated_at as at', sql<string | null>`NULL`.as('name')]).where('s.citizen_id', '=', citizenId).executeTakeFirst();
  const who = row?.name ? ` af ${row.name}` : '';
  const when = row ? ` ${formatDateTime(row.at)}` : '';
  return new AppError(
    'CONFLICT',
    `Stamkortet er ændret${who}${when}, efter du åbnede det. Din ændring er ikke gemt. Den nyeste udgave vises nu – ret igen, hvis det stadig er nødvendigt.`,
  );
}

/** The card row a section or confirmation bumps; a citizen's first save creates it. */
const ensureCard = (db: Db, citizenId: number, at: string) =>
  db.insertInto('stamkort').values({ citizen_id: citizenId, version: 0, updated_at: at }).onConflict((oc) => oc.column('citizen_id').doNothing()).execute();

export const stamkortHandlers: HandlersFor<typeof stamkortContract> = {
  'stamkort.get': (input, ctx) => load(ctx, input.caseId),

  'stamkort.saveSection': async (input, ctx) => {
    const head = await caseHead(ctx.db, input.caseId);
    if (!sectionsFor(head.area).includes(input.section)) {
      throw new AppError('VALIDATION', 'Afsnittet findes ikke på stamkort for voksne.');
    }
    const today = ctx.today();
    const entries = input.data.entries as Record<string, unknown>[];
    if (input.section === 'diagnoses') checkNoFutureDates(entries, 'date', today);
    if (input.section === 'siblings') checkNoFutureDates(entries, 'birthDate', today);
    const userId = ctx.user.id;
    const at = ctx.now().toISOString();
    await atomically(ctx.db, async (trx) => {
      await ensureCard(trx, head.citizen_id, at);
      const current = await trx
        .selectFrom('stamkort_sections')
        .select(['data', 'version'])
        .where('citizen_id', '=', head.citizen_id)
        .where('section', '=', input.section)
        .executeTakeFirst();
      if ((current?.version ?? 0) !== input.version) throw await conflict(trx, head.citizen_id, input.section);
      const next: StoredSection = { none: input.data.none, entries };
      const changes = diffSection(current ? (JSON.parse(current.data) as StoredSection) : null, next);
      // Saving an unchanged section still records that it was looked at and filled in (completeness).
      if (changes.length === 0 && current) return;
      const version = (current?.version ?? 0) + 1;
      await trx
        .insertInto('stamkort_sections')
        .values({ citizen_id: head.citizen_id, section: input.section, data: JSON.stringify(next), version, updated_at: at, updated_by: userId })
        .onConflict((oc) =>
          oc.columns(['citizen_id', 'section']).doUpdateSet((eb) => ({
            data: eb.ref('excluded.data'),
            version: eb.ref('excluded.version'),
            updated_at: eb.ref('excluded.updated_at'),
            updated_by: eb.ref('excluded.updated_by'),
          })),
        )
        .execute();
      if (changes.length > 0) {
        await trx
          .insertInto('stamkort_history')
          .values(
            changes.map((c) => ({
              citizen_id: head.citizen_id,
              section: input.section,
              version,
              field: c.field,
              old_value: c.oldValue,
              new_value: c.newValue,
              changed_at: at,
              changed_by: userId,
            })),
          )
          .execute();
      }
      await trx
        .updateTable('stamkort')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
        .where('citizen_id', '=', head.citizen_id)
        .execute();
    });
    return load(ctx, input.caseId);
  },

  'stamkort.confirm': async (input, ctx) => {
    const head = await caseHead(ctx.db, input.caseId);
    if (input.date > ctx.today()) throw new AppError('VALIDATION', `Stamkortet kan ikke markeres som gennemgået: ${FUTURE}`, { date: FUTURE });
    const at = ctx.now().toISOString();
    const userId = ctx.user.id;
    await atomically(ctx.db, async (trx) => {
      await ensureCard(trx, head.citizen_id, at);
      const card = await trx.selectFrom('stamkort').select('version').where('citizen_id', '=', head.citizen_id).executeTakeFirstOrThrow();
      if (card.version !== input.version) throw await conflict(trx, head.citizen_id, null);
      await trx.insertInto('stamkort_confirmations').values({ citizen_id: head.citizen_id, confirmed_on: input.date, confirmed_at: at, confirmed_by: userId }).execute();
      await trx
        .updateTable('stamkort')
        .set((eb) => ({ version: eb('version', '+', 1), confirmed_on: input.date, confirmed_at: at, confirmed_by: userId, updated_at: at }))
        .where('citizen_id', '=', head.citizen_id)
        .execute();
    });
    return load(ctx, input.caseId);
  },

  'stamkort.history': async (input, ctx) => {
    const head = await caseHead(ctx.db, input.caseId);
    const rows = await ctx.db
      .selectFrom('stamkort_history as h')
      .innerJoin('users as u', 'u.id', 'h.changed_by')
      .select(['h.id', 'h.changed_at as changedAt', 'u.name as changedBy', 'h.field', 'h.old_value as oldValue', 'h.new_value as newValue'])
      .where('h.citizen_id', '=', head.citizen_id)
      .where('h.section', '=', input.section)
      .orderBy('h.id', 'desc')
      .limit(input.limit)
      .offset(input.offset)
      .execute();
    const { n } = await ctx.db
      .selectFrom('stamkort_history')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('citizen_id', '=', head.citizen_id)
      .where('section', '=', input.section)
      .executeTakeFirstOrThrow();
    return { rows, total: Number(n) };
  },

  'stamkort.reminders': (input, ctx) => listReminders(ctx.db, ctx.user.id, ctx.today(), input.offset, input.limit),

  'stamkort.settings': async (_input, ctx) => ({ reviewDays: await reviewDaysSetting(ctx.db) }),

  'stamkort.updateSettings': async (input, ctx) => {
    await ctx.db
      .insertInto('register_info')
      .values({ key: 'stamkort_review_days', value: String(input.reviewDays) })
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
      .execute();
    return { reviewDays: input.reviewDays };
  },
};
