/** The handover methods (issue 5). Every multi-row change in one transaction; reads change nothing (due work is processDue, a service). */
import { sql } from 'kysely';
import { AppError, notFound } from '../../../../shared/api/errors';
import { compareDanish } from '../../../../shared/domain/collation';
import { formatDate } from '../../../../shared/domain/dates';
import type { handoverContract } from '../../../../shared/features/handover';
import type { Ctx, HandlersFor } from '../../context';
import { atomically } from '../../db/transaction';
import { moveCases, requireActiveUsers } from '../../services/move-cases';
import { isLeaderOf, person, requireLeader, requireOwnOpenCases, requireSelfOrLeader } from './access';
import { teamFigures } from './figures';
import { byIdChunks } from '../../db/chunks';
import { overviewRows, sortRows } from './overview';
import { executeShift, listShifts, loadShift, shiftRow } from './shifts';
import { completeTask, createTasks, getTask, listTasks, saveTeamSettings, teamSettings } from './tasks';

/** A shift may be changed by the outgoing caseworker or the team leader, while it is being prepared. */
async function editableShift(ctx: Ctx, id: number) {
  const s = await shiftRow(ctx.db, id);
  requireSelfOrLeader(ctx.user, await person(ctx.db, s.from_user_id));
  if (s.status !== 'forberedes') throw new AppError('CONFLICT', 'Skiftet er gennemført og kan ikke længere ændres.');
  return s;
}

async function shiftCaseOf(ctx: Ctx, shiftId: number, caseId: number) {
  const row = await ctx.db.selectFrom('shift_cases').select('to_user_id').where('shift_id', '=', shiftId).where('case_id', '=', caseId).executeTakeFirst();
  if (!row) throw notFound('Sagen i skiftet');
  return row;
}

async function visibleShift(ctx: Ctx, id: number) {
  const s = await shiftRow(ctx.db, id);
  const involved = await ctx.db
    .selectFrom('shift_cases')
    .select('case_id')
    .where('shift_id', '=', id)
    .where('to_user_id', '=', ctx.user.id)
    .limit(1)
    .executeTakeFirst();
  if (!involved) requireSelfOrLeader(ctx.user, await person(ctx.db, s.from_user_id));
  return s;
}

export const handoverHandlers: HandlersFor<typeof handoverContract> = {
  'handover.caseworkers': async (_input, { db, user }) => {
    const rows = await db
      .selectFrom('users as u')
      .select((eb) => [
        'u.id',
        'u.initials',
        'u.name',
        'u.role',
        eb
          .selectFrom('cases as c')
          .select((e) => e.fn.countAll().as('n'))
          .whereRef('c.caseworker_id', '=', 'u.id')
          .where('c.state', '=', 'åben')
          .as('open_cases'),
      ])
      .where('u.team_id', '=', user.teamId)
      .where('u.active', '=', 1)
      .execute();
    // Everyone sees the team (receivers to choose from); only the leader may open a colleague's stem.
    // Sorted in Danish in JS, as users.list does: a team has a handful of members.
    return {
      rows: rows
        .map((r) => ({ id: r.id, initials: r.initials, name: r.name, role: r.role, openCases: Number(r.open_cases) }))
        .sort((a, b) => compareDanish(a.name, b.name)),
    };
  },

  'handover.overview': async (input, ctx) => {
    const p = await person(ctx.db, input.userId);
    requireSelfOrLeader(ctx.user, p);
    const today = ctx.today();
    const rows = sortRows(await overviewRows(ctx.db, ctx.reference, today, { userId: p.id }), input.sort);
    return { caseworker: { id: p.id, initials: p.initials, name: p.name, teamName: p.team_name }, today, rows };
  },

  'handover.redistribute': async (input, ctx) => {
    const { db, user } = ctx;
    const from = await person(db, input.fromUserId);
    requireLeader(user, from);
    const today = ctx.today();
    if (input.moves.some((m) => m.toUserId === from.id)) {
      throw new AppError('VALIDATION', 'Sagerne kan ikke fordeles til den fraværende sagsbehandler selv.', { moves: 'Vælg en kollega.' });
    }
    if (input.moves.some((m) => m.coverUntil !== null && m.coverUntil <= today)) {
      throw new AppError('VALIDATION', 'Slutdatoen for midlertidig dækning skal ligge efter i dag.', { coverUntil: 'Vælg en dato efter i dag.' });
    }
    await requireActiveUsers(db, input.moves.map((m) => m.toUserId), 'moves');
    const at = ctx.now().toISOString();
    return atomically(db, async (trx) => {
      await requireOwnOpenCases(trx, from.id, input.moves.map((m) => m.caseId));
      const { id: shiftId } = await trx
        .insertInto('shifts')
        .values({ kind: 'uplanlagt', from_user_id: from.id, team_id: from.team_id, shift_date: today, reason: input.reason, status: 'gennemført', created_at: at, created_by: user.id, executed_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      // At most 500 moves (the contract): one statement each for the cases and the covers.
      await trx
        .insertInto('shift_cases')
        .values(input.moves.map((m, i) => ({ shift_id: shiftId, case_id: m.caseId, to_user_id: m.toUserId, position: i + 1, cover_until: m.coverUntil })))
        .execute();
      const covers = input.moves.flatMap((m) =>
        m.coverUntil ? [{ case_id: m.caseId, shift_id: shiftId, cover_user_id: m.toUserId, return_user_id: from.id, until_date: m.coverUntil, created_at: at }] : [],
      );
      if (covers.length > 0) await trx.insertInto('temporary_covers').values(covers).execute();
      const moves = input.moves.map((m) => ({
        caseId: m.caseId,
        toUserId: m.toUserId,
        reason: m.coverUntil ? `${input.reason} (midlertidig dækning til og med ${formatDate(m.coverUntil)})` : input.reason,
      }));
      const { movedIds } = await moveCases(trx, moves, user.id, at);
      const tasks = await createTasks(trx, { id: shiftId, teamId: from.team_id }, moves, user.id, today, at);
      return { shiftId, moved: movedIds.length, tasks };
    });
  },

  'handover.plan': async (input, ctx) => {
    const { db, user } = ctx;
    const from = await person(db, input.fromUserId);
    requireSelfOrLeader(user, from);
    if (input.shiftDate < ctx.today()) throw new AppError('VALIDATION', 'Skiftedatoen kan ikke ligge i fortiden.', { shiftDate: 'Vælg i dag eller en senere dato.' });
    if (input.toUserId === from.id) throw new AppError('VALIDATION', 'Vælg en anden modtager end den afgivende sagsbehandler.', { toUserId: 'Vælg en kollega.' });
    await requireActiveUsers(db, [input.toUserId], 'toUserId');
    const at = ctx.now().toISOString();
    const id = await atomically(db, async (trx) => {
      await requireOwnOpenCases(trx, from.id, input.caseIds);
      const { id: shiftId } = await trx
        .insertInto('shifts')
        .values({ kind: 'planlagt', from_user_id: from.id, team_id: from.team_id, shift_date: input.shiftDate, reason: input.reason, status: 'forberedes', created_at: at, created_by: user.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('shift_cases')
        .values(input.caseIds.map((caseId, i) => ({ shift_id: shiftId, case_id: caseId, to_user_id: input.toUserId, position: i + 1 })))
        .execute();
      return shiftId;
    });
    return loadShift(db, id);
  },

  'handover.shifts': async (_input, { db, user }) => {
    const all = await listShifts(db, user.teamId);
    if (user.role === 'teamleder') return { rows: all };
    const mine = new Set((await db.selectFrom('shift_cases').select('shift_id').distinct().where('to_user_id', '=', user.id).execute()).map((r) => r.shift_id));
    return { rows: all.filter((s) => s.fromUserId === user.id || mine.has(s.id)) };
  },

  'handover.shift': async (input, ctx) => {
    await visibleShift(ctx, input.id);
    return loadShift(ctx.db, input.id);
  },

  'handover.saveSheet': async (input, ctx) => {
    const s = await editableShift(ctx, input.shiftId);
    await shiftCaseOf(ctx, input.shiftId, input.caseId);
    if (input.toUserId === s.from_user_id) throw new AppError('VALIDATION', 'Vælg en anden modtager end den afgivende sagsbehandler.', { toUserId: 'Vælg en kollega.' });
    await requireActiveUsers(ctx.db, [input.toUserId], 'toUserId');
    await ctx.db
      .updateTable('shift_cases')
      .set({
        to_user_id: input.toUserId,
        essentials: input.essentials,
        deviation: input.deviation,
        agreements: input.agreements,
        knowledge_elsewhere: input.knowledgeElsewhere,
        family_told: input.familyTold,
      })
      .where('shift_id', '=', input.shiftId)
      .where('case_id', '=', input.caseId)
      .execute();
    return loadShift(ctx.db, input.shiftId);
  },

  'handover.saveAgenda': async (input, ctx) => {
    await editableShift(ctx, input.shiftId);
    const { db } = ctx;
    const ids = (await db.selectFrom('shift_cases').select('case_id').where('shift_id', '=', input.shiftId).execute()).map((r) => r.case_id);
    const given = input.items.map((i) => i.caseId);
    if (given.length !== ids.length || new Set(given).size !== given.length || !given.every((g) => ids.includes(g))) {
      throw new AppError('VALIDATION', 'Dagsordenen skal have skiftets sager, hver præcis én gang.', { items: 'Dagsordenen passer ikke til skiftets sager.' });
    }
    await atomically(db, async (trx) => {
      await trx.updateTable('shifts').set({ meeting_date: input.meetingDate, meeting_participants: input.participants }).where('id', '=', input.shiftId).execute();
      for (const [i, item] of input.items.entries()) {
        await trx.updateTable('shift_cases').set({ position: i + 1, minutes: item.minutes }).where('shift_id', '=', input.shiftId).where('case_id', '=', item.caseId).execute();
      }
    });
    return loadShift(db, input.shiftId);
  },

  'handover.takeOver': async (input, ctx) => {
    const s = await shiftRow(ctx.db, input.shiftId);
    const sc = await shiftCaseOf(ctx, input.shiftId, input.caseId);
    if (sc.to_user_id !== ctx.user.id && !isLeaderOf(ctx.user, await person(ctx.db, s.from_user_id))) {
      throw new AppError('FORBIDDEN', 'Kun den modtagende sagsbehandler eller teamlederen kan markere sagen som overtaget.');
    }
    await ctx.db
      .updateTable('shift_cases')
      .set({ taken_over_at: ctx.now().toISOString(), taken_over_by: ctx.user.id })
      .where('shift_id', '=', input.shiftId)
      .where('case_id', '=', input.caseId)
      .where('taken_over_at', 'is', null)
      .execute();
    return loadShift(ctx.db, input.shiftId);
  },

  'handover.ask': async (input, ctx) => {
    await visibleShift(ctx, input.shiftId);
    await shiftCaseOf(ctx, input.shiftId, input.caseId);
    await ctx.db
      .insertInto('shift_questions')
      .values({ shift_id: input.shiftId, case_id: input.caseId, question: input.question, asked_by: ctx.user.id, asked_at: ctx.now().toISOString() })
      .execute();
    return loadShift(ctx.db, input.shiftId);
  },

  'handover.answer': async (input, ctx) => {
    const q = await ctx.db.selectFrom('shift_questions').select(['shift_id', 'answer']).where('id', '=', input.questionId).executeTakeFirst();
    if (!q) throw notFound('Spørgsmålet');
    const s = await shiftRow(ctx.db, q.shift_id);
    requireSelfOrLeader(ctx.user, await person(ctx.db, s.from_user_id));
    if (q.answer !== null) throw new AppError('CONFLICT', 'Spørgsmålet er allerede besvaret.');
    await ctx.db
      .updateTable('shift_questions')
      .set({ answer: input.answer, answered_by: ctx.user.id, answered_at: ctx.now().toISOString() })
      .where('id', '=', input.questionId)
      .where('answer', 'is', null)
      .execute();
    return loadShift(ctx.db, q.shift_id);
  },

  'handover.execute': async (input, ctx) => {
    await editableShift(ctx, input.id);
    await executeShift(ctx.db, input.id, ctx.user.id, ctx.today(), ctx.now().toISOString());
    return loadShift(ctx.db, input.id);
  },

  'handover.tasks': async (input, ctx) => {
    if (input.shiftId !== undefined) {
      await visibleShift(ctx, input.shiftId);
      return { rows: await listTasks(ctx.db, { shiftId: input.shiftId, outstandingOnly: input.outstandingOnly }) };
    }
    const responsible = input.responsibleUserId ?? ctx.user.id;
    requireSelfOrLeader(ctx.user, await person(ctx.db, responsible));
    return { rows: await listTasks(ctx.db, { responsibleUserId: responsible, outstandingOnly: input.outstandingOnly }) };
  },

  'handover.completeTask': async (input, ctx) => {
    const t = await getTask(ctx.db, input.taskId);
    await visibleShift(ctx, t.shiftId);
    return completeTask(ctx.db, input, ctx.user.id, ctx.today());
  },

  'handover.settings': (_input, ctx) => teamSettings(ctx.db, ctx.user.teamId),

  'handover.saveSettings': async (input, ctx) => {
    const s = { teamId: ctx.user.teamId, ...input };
    await saveTeamSettings(ctx.db, s, ctx.user.id, ctx.now().toISOString());
    return teamSettings(ctx.db, ctx.user.teamId);
  },

  'handover.figures': (_input, ctx) => teamFigures(ctx.db, ctx.user.teamId, ctx.today()),

  'handover.pack': async (input, ctx) => {
    await visibleShift(ctx, input.id);
    const shift = await loadShift(ctx.db, input.id);
    const today = ctx.today();
    const caseIds = shift.cases.map((c) => c.caseId);
    const rows = await overviewRows(ctx.db, ctx.reference, today, { caseIds });
    const recent = new Map<number, { date: string; name: string }[]>();
    // The last three activities of each case, in one statement per 500 cases.
    const activities = await byIdChunks(caseIds, (chunk) =>
      ctx.db
        .selectFrom((eb) =>
          eb
            .selectFrom('activities as a')
            .select(['a.case_id', 'a.activity_date', 'a.name', sql<number>`row_number() OVER (PARTITION BY a.case_id ORDER BY a.activity_date DESC, a.id DESC)`.as('k')])
            .where('a.case_id', 'in', chunk)
            .as('r'),
        )
        .select(['r.case_id', 'r.activity_date', 'r.name'])
        .where('r.k', '<=', 3)
        .orderBy('r.case_id')
        .orderBy('r.k')
        .execute(),
    );
    for (const r of activities) {
      const list = recent.get(r.case_id) ?? [];
      list.push({ date: r.activity_date, name: r.name });
      recent.set(r.case_id, list);
    }
    const byId = new Map(rows.map((r) => [r.caseId, r]));
    return {
      shift,
      today,
      rows: shift.cases.flatMap((c) => {
        const r = byId.get(c.caseId);
        return r ? [{ ...r, recentActivities: recent.get(c.caseId) ?? [] }] : [];
      }),
    };
  },
};
