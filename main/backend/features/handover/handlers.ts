/** The handover methods (issue 5). Raw prepared statements; every multi-row change in one transaction. */
import { AppError, notFound } from '../../../../shared/api/errors';
import { formatDate } from '../../../../shared/domain/dates';
import type { handoverContract } from '../../../../shared/features/handover';
import type { Ctx, HandlersFor } from '../../context';
import { moveCases, requireActiveUsers } from '../cases/reassign';
import { isLeaderOf, person, requireLeader, requireOwnOpenCases, requireSelfOrLeader } from './access';
import { processDue } from './due';
import { teamFigures } from './figures';
import { overviewRows, sortRows } from './overview';
import { executeShift, listShifts, loadShift, shiftRow } from './shifts';
import { completeTask, createTasks, getTask, listTasks, saveTeamSettings, teamSettings } from './tasks';

const due = (ctx: Ctx) => processDue(ctx.raw, ctx.today(), ctx.now().toISOString());

/** A shift may be changed by the outgoing caseworker or the team leader, while it is being prepared. */
function editableShift(ctx: Ctx, id: number) {
  const s = shiftRow(ctx.raw, id);
  requireSelfOrLeader(ctx.user, person(ctx.raw, s.from_user_id));
  if (s.status !== 'forberedes') throw new AppError('CONFLICT', 'Skiftet er gennemført og kan ikke længere ændres.');
  return s;
}

function shiftCaseOf(ctx: Ctx, shiftId: number, caseId: number) {
  const row = ctx.raw.prepare('SELECT to_user_id FROM shift_cases WHERE shift_id = ? AND case_id = ?').get(shiftId, caseId) as { to_user_id: number } | undefined;
  if (!row) throw notFound('Sagen i skiftet');
  return row;
}

function visibleShift(ctx: Ctx, id: number) {
  const s = shiftRow(ctx.raw, id);
  const involved = ctx.raw.prepare('SELECT 1 FROM shift_cases WHERE shift_id = ? AND to_user_id = ? LIMIT 1').get(id, ctx.user.id);
  if (!involved) requireSelfOrLeader(ctx.user, person(ctx.raw, s.from_user_id));
  return s;
}

export const handoverHandlers: HandlersFor<typeof handoverContract> = {
  'handover.caseworkers': (_input, ctx) => {
    due(ctx);
    const rows = ctx.raw
      .prepare(
        `SELECT u.id, u.initials, u.name, u.role,
           (SELECT count(*) FROM cases c WHERE c.caseworker_id = u.id AND c.state = 'åben') AS open_cases
         FROM users u WHERE u.team_id = ? AND u.active = 1 ORDER BY u.name COLLATE NOCASE`,
      )
      .all(ctx.user.teamId) as { id: number; initials: string; name: string; role: string; open_cases: number }[];
    // Everyone sees the team (receivers to choose from); only the leader may open a colleague's stem.
    return { rows: rows.map((r) => ({ id: r.id, initials: r.initials, name: r.name, role: r.role, openCases: r.open_cases })) };
  },

  'handover.overview': (input, ctx) => {
    due(ctx);
    const p = person(ctx.raw, input.userId);
    requireSelfOrLeader(ctx.user, p);
    const today = ctx.today();
    const rows = sortRows(overviewRows(ctx.raw, ctx.reference, today, { userId: p.id }), input.sort);
    return { caseworker: { id: p.id, initials: p.initials, name: p.name, teamName: p.team_name }, today, rows };
  },

  'handover.redistribute': (input, ctx) => {
    const { raw, user } = ctx;
    const from = person(raw, input.fromUserId);
    requireLeader(user, from);
    const today = ctx.today();
    if (input.moves.some((m) => m.toUserId === from.id)) {
      throw new AppError('VALIDATION', 'Sagerne kan ikke fordeles til den fraværende sagsbehandler selv.', { moves: 'Vælg en kollega.' });
    }
    if (input.moves.some((m) => m.coverUntil !== null && m.coverUntil <= today)) {
      throw new AppError('VALIDATION', 'Slutdatoen for midlertidig dækning skal ligge efter i dag.', { coverUntil: 'Vælg en dato efter i dag.' });
    }
    requireActiveUsers(raw, input.moves.map((m) => m.toUserId), 'moves');
    const at = ctx.now().toISOString();
    return raw.transaction(() => {
      requireOwnOpenCases(raw, from.id, input.moves.map((m) => m.caseId));
      const shiftId = Number(
        raw
          .prepare(
            `INSERT INTO shifts (kind, from_user_id, team_id, shift_date, reason, status, created_at, created_by, executed_at)
             VALUES ('uplanlagt', ?, ?, ?, ?, 'gennemført', ?, ?, ?)`,
          )
          .run(from.id, from.team_id, today, input.reason, at, user.id, at).lastInsertRowid,
      );
      const addCase = raw.prepare('INSERT INTO shift_cases (shift_id, case_id, to_user_id, position, cover_until) VALUES (?, ?, ?, ?, ?)');
      const addCover = raw.prepare('INSERT INTO temporary_covers (case_id, shift_id, cover_user_id, return_user_id, until_date, created_at) VALUES (?, ?, ?, ?, ?, ?)');
      input.moves.forEach((m, i) => {
        addCase.run(shiftId, m.caseId, m.toUserId, i + 1, m.coverUntil);
        if (m.coverUntil) addCover.run(m.caseId, shiftId, m.toUserId, from.id, m.coverUntil, at);
      });
      const moves = input.moves.map((m) => ({
        caseId: m.caseId,
        toUserId: m.toUserId,
        reason: m.coverUntil ? `${input.reason} (midlertidig dækning til og med ${formatDate(m.coverUntil)})` : input.reason,
      }));
      const { movedIds } = moveCases(raw, moves, user.id, at);
      const tasks = createTasks(raw, { id: shiftId, teamId: from.team_id }, moves, user.id, today, at);
      return { shiftId, moved: movedIds.length, tasks };
    })();
  },

  'handover.plan': (input, ctx) => {
    const { raw, user } = ctx;
    const from = person(raw, input.fromUserId);
    requireSelfOrLeader(user, from);
    if (input.shiftDate < ctx.today()) throw new AppError('VALIDATION', 'Skiftedatoen kan ikke ligge i fortiden.', { shiftDate: 'Vælg i dag eller en senere dato.' });
    if (input.toUserId === from.id) throw new AppError('VALIDATION', 'Vælg en anden modtager end den afgivende sagsbehandler.', { toUserId: 'Vælg en kollega.' });
    requireActiveUsers(raw, [input.toUserId], 'toUserId');
    const at = ctx.now().toISOString();
    const id = raw.transaction(() => {
      requireOwnOpenCases(raw, from.id, input.caseIds);
      const shiftId = Number(
        raw
          .prepare(`INSERT INTO shifts (kind, from_user_id, team_id, shift_date, reason, status, created_at, created_by) VALUES ('planlagt', ?, ?, ?, ?, 'forberedes', ?, ?)`)
          .run(from.id, from.team_id, input.shiftDate, input.reason, at, user.id).lastInsertRowid,
      );
      const add = raw.prepare('INSERT INTO shift_cases (shift_id, case_id, to_user_id, position) VALUES (?, ?, ?, ?)');
      input.caseIds.forEach((caseId, i) => add.run(shiftId, caseId, input.toUserId, i + 1));
      return shiftId;
    })();
    return loadShift(raw, id);
  },

  'handover.shifts': (_input, ctx) => {
    due(ctx);
    const all = listShifts(ctx.raw, ctx.user.teamId);
    if (ctx.user.role === 'teamleder') return { rows: all };
    const mine = new Set(
      (ctx.raw.prepare('SELECT DISTINCT shift_id FROM shift_cases WHERE to_user_id = ?').all(ctx.user.id) as { shift_id: number }[]).map((r) => r.shift_id),
    );
    return { rows: all.filter((s) => s.fromUserId === ctx.user.id || mine.has(s.id)) };
  },

  'handover.shift': (input, ctx) => {
    visibleShift(ctx, input.id);
    return loadShift(ctx.raw, input.id);
  },

  'handover.saveSheet': (input, ctx) => {
    editableShift(ctx, input.shiftId);
    shiftCaseOf(ctx, input.shiftId, input.caseId);
    const s = shiftRow(ctx.raw, input.shiftId);
    if (input.toUserId === s.from_user_id) throw new AppError('VALIDATION', 'Vælg en anden modtager end den afgivende sagsbehandler.', { toUserId: 'Vælg en kollega.' });
    requireActiveUsers(ctx.raw, [input.toUserId], 'toUserId');
    ctx.raw
      .prepare(
        `UPDATE shift_cases SET to_user_id = ?, essentials = ?, deviation = ?, agreements = ?, knowledge_elsewhere = ?, family_told = ?
         WHERE shift_id = ? AND case_id = ?`,
      )
      .run(input.toUserId, input.essentials, input.deviation, input.agreements, input.knowledgeElsewhere, input.familyTold, input.shiftId, input.caseId);
    return loadShift(ctx.raw, input.shiftId);
  },

  'handover.saveAgenda': (input, ctx) => {
    editableShift(ctx, input.shiftId);
    const { raw } = ctx;
    const ids = (raw.prepare('SELECT case_id FROM shift_cases WHERE shift_id = ?').all(input.shiftId) as { case_id: number }[]).map((r) => r.case_id);
    const given = input.items.map((i) => i.caseId);
    if (given.length !== ids.length || new Set(given).size !== given.length || !given.every((g) => ids.includes(g))) {
      throw new AppError('VALIDATION', 'Dagsordenen skal have skiftets sager, hver præcis én gang.', { items: 'Dagsordenen passer ikke til skiftets sager.' });
    }
    raw.transaction(() => {
      raw.prepare('UPDATE shifts SET meeting_date = ?, meeting_participants = ? WHERE id = ?').run(input.meetingDate, input.participants, input.shiftId);
      const set = raw.prepare('UPDATE shift_cases SET position = ?, minutes = ? WHERE shift_id = ? AND case_id = ?');
      input.items.forEach((item, i) => set.run(i + 1, item.minutes, input.shiftId, item.caseId));
    })();
    return loadShift(raw, input.shiftId);
  },

  'handover.takeOver': (input, ctx) => {
    const s = shiftRow(ctx.raw, input.shiftId);
    const sc = shiftCaseOf(ctx, input.shiftId, input.caseId);
    if (sc.to_user_id !== ctx.user.id && !isLeaderOf(ctx.user, person(ctx.raw, s.from_user_id))) {
      throw new AppError('FORBIDDEN', 'Kun den modtagende sagsbehandler eller teamlederen kan markere sagen som overtaget.');
    }
    ctx.raw
      .prepare('UPDATE shift_cases SET taken_over_at = ?, taken_over_by = ? WHERE shift_id = ? AND case_id = ? AND taken_over_at IS NULL')
      .run(ctx.now().toISOString(), ctx.user.id, input.shiftId, input.caseId);
    return loadShift(ctx.raw, input.shiftId);
  },

  'handover.ask': (input, ctx) => {
    visibleShift(ctx, input.shiftId);
    shiftCaseOf(ctx, input.shiftId, input.caseId);
    ctx.raw
      .prepare('INSERT INTO shift_questions (shift_id, case_id, question, asked_by, asked_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.shiftId, input.caseId, input.question, ctx.user.id, ctx.now().toISOString());
    return loadShift(ctx.raw, input.shiftId);
  },

  'handover.answer': (input, ctx) => {
    const q = ctx.raw.prepare('SELECT shift_id, answer FROM shift_questions WHERE id = ?').get(input.questionId) as { shift_id: number; answer: string | null } | undefined;
    if (!q) throw notFound('Spørgsmålet');
    const s = shiftRow(ctx.raw, q.shift_id);
    requireSelfOrLeader(ctx.user, person(ctx.raw, s.from_user_id));
    if (q.answer !== null) throw new AppError('CONFLICT', 'Spørgsmålet er allerede besvaret.');
    ctx.raw
      .prepare('UPDATE shift_questions SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ? AND answer IS NULL')
      .run(input.answer, ctx.user.id, ctx.now().toISOString(), input.questionId);
    return loadShift(ctx.raw, q.shift_id);
  },

  'handover.execute': (input, ctx) => {
    editableShift(ctx, input.id);
    executeShift(ctx.raw, input.id, ctx.user.id, ctx.today(), ctx.now().toISOString());
    return loadShift(ctx.raw, input.id);
  },

  'handover.tasks': (input, ctx) => {
    due(ctx);
    if (input.shiftId !== undefined) {
      visibleShift(ctx, input.shiftId);
      return { rows: listTasks(ctx.raw, { shiftId: input.shiftId, outstandingOnly: input.outstandingOnly }) };
    }
    const responsible = input.responsibleUserId ?? ctx.user.id;
    requireSelfOrLeader(ctx.user, person(ctx.raw, responsible));
    return { rows: listTasks(ctx.raw, { responsibleUserId: responsible, outstandingOnly: input.outstandingOnly }) };
  },

  'handover.completeTask': (input, ctx) => {
    const t = getTask(ctx.raw, input.taskId);
    visibleShift(ctx, t.shiftId);
    return completeTask(ctx.raw, input, ctx.user.id, ctx.today());
  },

  'handover.settings': (_input, ctx) => teamSettings(ctx.raw, ctx.user.teamId),

  'handover.saveSettings': (input, ctx) => {
    const s = { teamId: ctx.user.teamId, ...input };
    saveTeamSettings(ctx.raw, s, ctx.user.id, ctx.now().toISOString());
    return teamSettings(ctx.raw, ctx.user.teamId);
  },

  'handover.figures': (_input, ctx) => {
    return teamFigures(ctx.raw, ctx.user.teamId, ctx.today());
  },

  'handover.pack': (input, ctx) => {
    visibleShift(ctx, input.id);
    const shift = loadShift(ctx.raw, input.id);
    const today = ctx.today();
    const rows = overviewRows(ctx.raw, ctx.reference, today, { caseIds: shift.cases.map((c) => c.caseId) });
    const recent = new Map<number, { date: string; name: string }[]>();
    // The last three activities of each case, in one statement for all cases.
    for (const r of ctx.raw
      .prepare(
        `SELECT case_id, activity_date, name FROM (
           SELECT a.case_id, a.activity_date, a.name, row_number() OVER (PARTITION BY a.case_id ORDER BY a.activity_date DESC, a.id DESC) AS k
           FROM activities a WHERE a.case_id IN (SELECT value FROM json_each(?))) WHERE k <= 3 ORDER BY case_id, k`,
      )
      .all(JSON.stringify(shift.cases.map((c) => c.caseId))) as { case_id: number; activity_date: string; name: string }[]) {
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
