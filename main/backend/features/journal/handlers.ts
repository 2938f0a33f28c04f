import type { Selectable } from 'kysely';
import { AppError, notFound } from '../../../../shared/api/errors';
import type { ApplicationStatus } from '../../../../shared/domain/enums';
import type { journalContract } from '../../../../shared/features/journal';
import type { Ctx, HandlersFor } from '../../context';
import type { DB } from '../../db/schema';
import { atomically, type Db } from '../../db/transaction';
import type { Reference } from '../../reference';
import { followUpDateFor } from '../deadlines';
import { resolveActivityName } from '../activity-names';
import { applicationDeadline, refreshPendingDeadlines } from '../../services/decision-deadlines';

async function assertCase(db: Db, id: number) {
  const row = await db.selectFrom('cases').select(['id', 'citizen_id']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Sagen');
  return row;
}

function assertParagraph(reference: Reference, code: string): void {
  if (!reference.paragraph(code)) throw new AppError('VALIDATION', 'Paragraffen findes ikke på listen.', { paragraph: 'Ukendt paragraf.' });
}

const activityQuery = (db: Db) =>
  db
    .selectFrom('activities as a')
    .innerJoin('users as u', 'u.id', 'a.author_id')
    .select(['a.id', 'a.case_id', 'a.activity_date', 'a.name', 'a.activity_name_id', 'a.standard', 'a.note', 'a.author_id', 'u.initials', 'u.name as author_name', 'a.created_at']);

type ActivityRaw = Awaited<ReturnType<ReturnType<typeof activityQuery>['executeTakeFirstOrThrow']>>;
const toActivity = (r: ActivityRaw) => ({
  id: r.id,
  caseId: r.case_id,
  date: r.activity_date,
  name: r.name,
  activityNameId: r.activity_name_id,
  standard: r.standard === 1,
  note: r.note,
  authorId: r.author_id,
  authorInitials: r.initials,
  authorName: r.author_name,
  createdAt: r.created_at,
});

type ApplicationRaw = Selectable<DB['applications']>;
const toApplication = (r: ApplicationRaw, reference: Reference) => ({
  id: r.id,
  caseId: r.case_id,
  paragraph: r.paragraph,
  paragraphShort: reference.short(r.paragraph),
  receivedDate: r.received_date,
  status: r.status as ApplicationStatus,
  decisionDate: r.decision_date,
  deadline: r.deadline,
  note: r.note,
});

const serviceQuery = (db: Db) =>
  db.selectFrom('services as s').leftJoin('cases as c', 'c.id', 's.case_id').selectAll('s').select('c.case_number');

type ServiceRaw = Awaited<ReturnType<ReturnType<typeof serviceQuery>['executeTakeFirstOrThrow']>>;
const toService = (r: ServiceRaw, reference: Reference) => ({
  id: r.id,
  citizenId: r.citizen_id,
  caseId: r.case_id,
  caseNumber: r.case_number,
  serviceType: r.service_type,
  paragraph: r.paragraph,
  paragraphShort: reference.short(r.paragraph),
  provider: r.provider,
  startDate: r.start_date,
  endDate: r.end_date,
  scope: r.scope,
  followUpDate: r.follow_up_date,
});

/** A service linked to a case must belong to a case of the same citizen. */
async function checkServiceLink(ctx: Ctx, citizenId: number, caseId: number | null) {
  if (caseId === null) return;
  const c = await ctx.db.selectFrom('cases').select('citizen_id').where('id', '=', caseId).executeTakeFirst();
  if (!c || c.citizen_id !== citizenId) {
    throw new AppError('VALIDATION', 'Indsatsen kan kun knyttes til en af borgerens egne sager.', { caseId: 'Vælg en af borgerens sager.' });
  }
}

export const journalHandlers: HandlersFor<typeof journalContract> = {
  'activities.list': async (input, { db }) => {
    await assertCase(db, input.caseId);
    const [rows, count] = await Promise.all([
      activityQuery(db)
        .where('a.case_id', '=', input.caseId)
        .orderBy('a.activity_date', 'desc')
        .orderBy('a.id', 'desc')
        .limit(input.limit)
        .offset(input.offset)
        .execute(),
      db.selectFrom('activities').select((eb) => eb.fn.countAll<number | string>().as('n')).where('case_id', '=', input.caseId).executeTakeFirstOrThrow(),
    ]);
    // count(*) is a string on PostgreSQL.
    return { rows: rows.map(toActivity), total: Number(count.n) };
  },

  'activities.create': async (input, ctx) => {
    await assertCase(ctx.db, input.caseId);
    if (input.date > ctx.today()) {
      throw new AppError('VALIDATION', 'En aktivitet kan ikke dateres i fremtiden.', { date: 'Datoen kan ikke ligge i fremtiden.' });
    }
    const { area } = await ctx.db.selectFrom('cases').select('area').where('id', '=', input.caseId).executeTakeFirstOrThrow();
    const picked = await resolveActivityName(ctx.db, area, input.name, input.description);
    const row = await ctx.db
      .insertInto('activities')
      .values({
        case_id: input.caseId,
        activity_date: input.date,
        name: picked.name,
        activity_name_id: picked.activityNameId,
        standard: picked.standard ? 1 : 0,
        note: input.note,
        author_id: ctx.user.id,
        created_at: ctx.now().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return toActivity(await activityQuery(ctx.db).where('a.id', '=', row.id).executeTakeFirstOrThrow());
  },

  'applications.list': async (input, { db, reference }) => {
    await assertCase(db, input.caseId);
    const rows = await db
      .selectFrom('applications')
      .selectAll()
      .where('case_id', '=', input.caseId)
      .orderBy('received_date', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return { rows: rows.map((r) => toApplication(r, reference)) };
  },

  // The application, its own deadline and the case's running deadline change together (services/decision-deadlines.ts).
  'applications.create': async (input, { db, reference, now }) => {
    await assertCase(db, input.caseId);
    assertParagraph(reference, input.paragraph);
    const at = now().toISOString();
    const row = await atomically(db, async (trx) => {
      const inserted = await trx
        .insertInto('applications')
        .values({
          case_id: input.caseId,
          paragraph: input.paragraph,
          received_date: input.receivedDate,
          status: input.status,
          decision_date: input.decisionDate,
          deadline: await applicationDeadline(trx, reference, input.caseId, input),
          note: input.note,
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await refreshPendingDeadlines(trx, [input.caseId]);
      return inserted;
    });
    return toApplication(row, reference);
  },

  'applications.update': async (input, { db, reference, now }) => {
    assertParagraph(reference, input.paragraph);
    const row = await atomically(db, async (trx) => {
      const existing = await trx.selectFrom('applications').select('case_id').where('id', '=', input.id).executeTakeFirst();
      if (!existing) throw notFound('Ansøgningen');
      const updated = await trx
        .updateTable('applications')
        .set({
          paragraph: input.paragraph,
          received_date: input.receivedDate,
          status: input.status,
          decision_date: input.decisionDate,
          deadline: await applicationDeadline(trx, reference, existing.case_id, input),
          note: input.note,
          updated_at: now().toISOString(),
        })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await refreshPendingDeadlines(trx, [existing.case_id]);
      return updated;
    });
    return toApplication(row, reference);
  },

  'services.list': async (input, { db, reference }) => {
    let q = serviceQuery(db);
    if ('caseId' in input) {
      await assertCase(db, input.caseId);
      q = q.where('s.case_id', '=', input.caseId);
    } else {
      const citizen = await db.selectFrom('citizens').select('id').where('id', '=', input.citizenId).executeTakeFirst();
      if (!citizen) throw notFound('Borgeren');
      q = q.where('s.citizen_id', '=', input.citizenId);
    }
    const rows = await q.orderBy('s.start_date', 'desc').orderBy('s.id', 'desc').execute();
    return { rows: rows.map((r) => toService(r, reference)) };
  },

  'services.create': async (input, ctx) => {
    const { db, reference } = ctx;
    const citizen = await db.selectFrom('citizens').select('id').where('id', '=', input.citizenId).executeTakeFirst();
    if (!citizen) throw notFound('Borgeren');
    assertParagraph(reference, input.paragraph);
    await checkServiceLink(ctx, input.citizenId, input.caseId);
    const at = ctx.now().toISOString();
    const row = await db
      .insertInto('services')
      .values({
        citizen_id: input.citizenId,
        case_id: input.caseId,
        service_type: input.serviceType,
        paragraph: input.paragraph,
        provider: input.provider,
        start_date: input.startDate,
        end_date: input.endDate,
        scope: input.scope,
        follow_up_date: input.followUpDate ?? (await followUpDateFor(db, input.serviceType, input.startDate)),
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return toService(await serviceQuery(db).where('s.id', '=', row.id).executeTakeFirstOrThrow(), reference);
  },

  'services.update': async (input, ctx) => {
    const { db, reference } = ctx;
    const existing = await db.selectFrom('services').select(['id', 'citizen_id']).where('id', '=', input.id).executeTakeFirst();
    if (!existing) throw notFound('Indsatsen');
    assertParagraph(reference, input.paragraph);
    await checkServiceLink(ctx, existing.citizen_id, input.caseId);
    await db
      .updateTable('services')
      .set({
        case_id: input.caseId,
        service_type: input.serviceType,
        paragraph: input.paragraph,
        provider: input.provider,
        start_date: input.startDate,
        end_date: input.endDate,
        scope: input.scope,
        follow_up_date: input.followUpDate ?? (await followUpDateFor(db, input.serviceType, input.startDate)),
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', input.id)
      .execute();
    return toService(await serviceQuery(db).where('s.id', '=', input.id).executeTakeFirstOrThrow(), reference);
  },
};
