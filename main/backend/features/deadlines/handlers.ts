import { AppError, notFound } from '../../../../shared/api/errors';
import { addPeriod } from '../../../../shared/domain/calendar';
import { invitationDate, meetingOfQuarter, transitionTaskKinds } from '../../../../shared/domain/transition';
import type { deadlinesContract } from '../../../../shared/features/deadlines';
import type { Ctx, HandlersFor } from '../../context';
import { caseDeadlines, registerNotice, registerReceipt } from './case';
import { followUpDateFor, loadRules, loadSettings } from './config';
import { computeDeadline } from '../../services/decision-deadlines';
import { compliance, listDeadlines } from './lists';
import { reminders } from './reminders';
import { invitedTo, invitedToAny, openTransitionTasks, upcomingMeetings } from './transitions';
import { custodyHolders } from './custody';

function toRule(ctx: Ctx, r: ReturnType<typeof loadRules>[number]) {
  const p = ctx.reference.paragraph(r.paragraph);
  return {
    id: r.id,
    paragraph: r.paragraph,
    paragraphShort: ctx.reference.short(r.paragraph),
    paragraphTitle: p?.title ?? '',
    caseType: r.case_type,
    amount: r.amount,
    unit: r.unit,
    note: r.note,
    updatedAt: r.updated_at,
    updatedByName: r.updated_by_name,
  };
}

const config = (ctx: Ctx) => ({
  rules: loadRules(ctx.raw).map((r) => toRule(ctx, r)),
  settings: loadSettings(ctx.raw),
  followUps: ctx.raw.prepare('SELECT service_type AS serviceType, months FROM follow_up_rules ORDER BY service_type').all() as { serviceType: string; months: number }[],
});

export const deadlineHandlers: HandlersFor<typeof deadlinesContract> = {
  'deadlines.config': (_input, ctx) => config(ctx),

  'deadlines.saveRule': (input, ctx) => {
    if (!ctx.reference.paragraph(input.paragraph)) throw new AppError('VALIDATION', 'Paragraffen findes ikke på listen.', { paragraph: 'Ukendt paragraf.' });
    ctx.raw
      .prepare(
        `INSERT INTO deadline_rules (paragraph, case_type, amount, unit, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (paragraph, case_type) DO UPDATE SET amount = excluded.amount, unit = excluded.unit, note = excluded.note,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(input.paragraph, input.caseType, input.amount, input.unit, input.note, ctx.now().toISOString(), ctx.user.id);
    const saved = loadRules(ctx.raw).find((r) => r.paragraph === input.paragraph && r.case_type === input.caseType)!;
    return toRule(ctx, saved);
  },

  'deadlines.deleteRule': (input, ctx) => {
    const result = ctx.raw.prepare('DELETE FROM deadline_rules WHERE id = ?').run(input.id);
    if (result.changes === 0) throw notFound('Fristen');
    return { deleted: true };
  },

  'deadlines.saveSettings': (input, ctx) => {
    const put = ctx.raw.prepare('INSERT INTO deadline_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    ctx.raw.transaction(() => {
      for (const [key, value] of Object.entries(input)) put.run(key, value);
    })();
    return loadSettings(ctx.raw);
  },

  'deadlines.saveFollowUpRule': (input, ctx) => {
    ctx.raw
      .prepare('INSERT INTO follow_up_rules (service_type, months) VALUES (?, ?) ON CONFLICT (service_type) DO UPDATE SET months = excluded.months')
      .run(input.serviceType, input.months);
    return input;
  },

  'deadlines.deleteFollowUpRule': (input, ctx) => {
    const result = ctx.raw.prepare('DELETE FROM follow_up_rules WHERE service_type = ?').run(input.serviceType);
    if (result.changes === 0) throw notFound('Opfølgningsfristen');
    return { deleted: true };
  },

  'deadlines.preview': (input, ctx) => computeDeadline(ctx.db, ctx.reference, input.receivedDate, input.caseType, input.paragraphs),

  'deadlines.forCase': (input, ctx) => caseDeadlines(ctx, input.caseId),
  'deadlines.registerNotice': (input, ctx) => registerNotice(ctx, input),
  'deadlines.registerReceipt': (input, ctx) => registerReceipt(ctx, input),
  'deadlines.list': (input, ctx) => listDeadlines(ctx, input),
  'deadlines.compliance': (input, ctx) => compliance(ctx, input),

  'deadlines.transitions': (input, ctx) => {
    const all = openTransitionTasks(ctx, input.scope, addPeriod(ctx.today(), 90, 'dage'));
    return { rows: all.slice(input.offset, input.offset + input.limit), total: all.length };
  },

  'deadlines.meetings': (input, ctx) => {
    // The next meeting and the three after it (a meeting already held this quarter is not upcoming), from one read of the birth cohorts.
    const dates = upcomingMeetings(ctx.today());
    const counts = new Map(dates.map((d) => [d, 0]));
    for (const p of invitedToAny(ctx, input.scope, dates[0], dates[3])) {
      const meeting = p.tasks.find((t) => t.kind === 'invitation')?.meetingDate;
      if (meeting && counts.has(meeting)) counts.set(meeting, counts.get(meeting)! + 1);
    }
    return { rows: dates.map((d) => ({ meetingDate: d, invitationDate: invitationDate(d), count: counts.get(d)! })) };
  },

  'deadlines.invitations': (input, ctx) => {
    if (meetingOfQuarter(input.meetingDate) !== input.meetingDate) {
      throw new AppError('VALIDATION', 'Der er ikke informationsmøde på den dato.', { meetingDate: 'Vælg et af møderne.' });
    }
    const people = invitedTo(ctx, input.scope, input.meetingDate);
    const holders = custodyHolders(ctx, people.map((p) => p.citizenId));
    return {
      meetingDate: input.meetingDate,
      invitationDate: invitationDate(input.meetingDate),
      custodyKnown: holders !== null,
      rows: people.map((p) => {
        const invitation = p.tasks.find((t) => t.kind === 'invitation');
        const done = invitation?.done
          ? ((
              ctx.raw.prepare("SELECT done_at FROM tasks_done WHERE kind = 'invitation' AND subject_id = ? AND due = ?").get(p.citizenId, invitation.due) as
                | { done_at: string }
                | undefined
            )?.done_at ?? null)
          : null;
        return {
          citizenId: p.citizenId,
          caseNumber: p.caseNumber,
          citizenName: p.name,
          birthDate: p.birthDate,
          address: p.address,
          protectedAddress: p.protectedAddress,
          caseworkerName: p.caseworkerName,
          custodyHolders: holders?.get(p.citizenId) ?? [],
          invitedAt: done,
        };
      }),
    };
  },

  'deadlines.markDone': (input, ctx) => {
    const at = ctx.now().toISOString();
    if ((transitionTaskKinds as readonly string[]).includes(input.kind)) {
      if (!ctx.raw.prepare('SELECT 1 FROM citizens WHERE id = ?').get(input.subjectId)) throw notFound('Borgeren');
      ctx.raw.prepare('INSERT OR IGNORE INTO tasks_done (kind, subject_id, due, done_by, done_at) VALUES (?, ?, ?, ?, ?)').run(input.kind, input.subjectId, input.due, ctx.user.id, at);
      return { done: true };
    }
    const service = ctx.raw.prepare('SELECT service_type, follow_up_date FROM services WHERE id = ?').get(input.subjectId) as
      | { service_type: string; follow_up_date: string | null }
      | undefined;
    if (!service) throw notFound('Indsatsen');
    if (service.follow_up_date !== input.due) throw new AppError('CONFLICT', 'Opfølgningen er allerede registreret eller flyttet. Opdater siden.');
    // Follow-ups recur: marking one done sets the next one a period later.
    ctx.raw.transaction(() => {
      ctx.raw.prepare('INSERT OR IGNORE INTO tasks_done (kind, subject_id, due, done_by, done_at) VALUES (?, ?, ?, ?, ?)').run('followUp', input.subjectId, input.due, ctx.user.id, at);
      ctx.raw.prepare('UPDATE services SET follow_up_date = ?, updated_at = ? WHERE id = ?').run(followUpDateFor(ctx.raw, service.service_type, input.due), at, input.subjectId);
    })();
    return { done: true };
  },

  'deadlines.reminders': (input, ctx) => reminders(ctx, input.scope),
};
