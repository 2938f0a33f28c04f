import { AppError, notFound } from '../../../../shared/api/errors';
import { addPeriod } from '../../../../shared/domain/calendar';
import { invitationDate, meetingOfQuarter, transitionTaskKinds } from '../../../../shared/domain/transition';
import type { deadlinesContract } from '../../../../shared/features/deadlines';
import type { Ctx, HandlersFor } from '../../context';
import { atomically } from '../../db/transaction';
import { caseDeadlines, registerNotice, registerReceipt } from './case';
import { followUpDateFor, loadRules, loadSettings, type RuleRow } from './config';
import { computeDeadline } from '../../services/decision-deadlines';
import { compliance, listDeadlines } from './lists';
import { reminders } from './reminders';
import { invitedTo, invitedToAny, openTransitionTasks, upcomingMeetings } from './transitions';
import { custodyHolders } from './custody';
import { byIdChunks } from '../../db/chunks';

function toRule(ctx: Ctx, r: RuleRow) {
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

/** SQLite's NOCASE order of the service types (ASCII letters fold), the same on every engine. */
const nocase = (a: string, b: string) => {
  const x = a.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const y = b.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return x < y ? -1 : x > y ? 1 : 0;
};

const config = async (ctx: Ctx) => ({
  rules: (await loadRules(ctx.db)).map((r) => toRule(ctx, r)),
  settings: await loadSettings(ctx.db),
  followUps: (await ctx.db.selectFrom('follow_up_rules').select(['service_type as serviceType', 'months']).execute()).sort((a, b) => nocase(a.serviceType, b.serviceType)),
});

export const deadlineHandlers: HandlersFor<typeof deadlinesContract> = {
  'deadlines.config': (_input, ctx) => config(ctx),

  'deadlines.saveRule': async (input, ctx) => {
    if (!ctx.reference.paragraph(input.paragraph)) throw new AppError('VALIDATION', 'Paragraffen findes ikke på listen.', { paragraph: 'Ukendt paragraf.' });
    await ctx.db
      .insertInto('deadline_rules')
      .values({
        paragraph: input.paragraph,
        case_type: input.caseType,
        amount: input.amount,
        unit: input.unit,
        note: input.note,
        updated_at: ctx.now().toISOString(),
        updated_by: ctx.user.id,
      })
      .onConflict((oc) =>
        oc.columns(['paragraph', 'case_type']).doUpdateSet((eb) => ({
          amount: eb.ref('excluded.amount'),
          unit: eb.ref('excluded.unit'),
          note: eb.ref('excluded.note'),
          updated_at: eb.ref('excluded.updated_at'),
          updated_by: eb.ref('excluded.updated_by'),
        })),
      )
      .execute();
    const saved = (await loadRules(ctx.db)).find((r) => r.paragraph === input.paragraph && r.case_type === input.caseType)!;
    return toRule(ctx, saved);
  },

  'deadlines.deleteRule': async (input, ctx) => {
    const result = await ctx.db.deleteFrom('deadline_rules').where('id', '=', input.id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound('Fristen');
    return { deleted: true };
  },

  'deadlines.saveSettings': async (input, ctx) => {
    const rows = Object.entries(input).map(([key, value]) => ({ key, value }));
    if (rows.length > 0) {
      await ctx.db
        .insertInto('deadline_settings')
        .values(rows)
        .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
        .execute();
    }
    return loadSettings(ctx.db);
  },

  'deadlines.saveFollowUpRule': async (input, ctx) => {
    await ctx.db
      .insertInto('follow_up_rules')
      .values({ service_type: input.serviceType, months: input.months })
      .onConflict((oc) => oc.column('service_type').doUpdateSet((eb) => ({ months: eb.ref('excluded.months') })))
      .execute();
    return input;
  },

  'deadlines.deleteFollowUpRule': async (input, ctx) => {
    // service_type compares without case on both engines (the column's collation).
    const result = await ctx.db.deleteFrom('follow_up_rules').where('service_type', '=', input.serviceType).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound('Opfølgningsfristen');
    return { deleted: true };
  },

  'deadlines.preview': (input, ctx) => computeDeadline(ctx.db, ctx.reference, input.receivedDate, input.caseType, input.paragraphs),

  'deadlines.forCase': (input, ctx) => caseDeadlines(ctx, input.caseId),
  'deadlines.registerNotice': (input, ctx) => registerNotice(ctx, input),
  'deadlines.registerReceipt': (input, ctx) => registerReceipt(ctx, input),
  'deadlines.list': (input, ctx) => listDeadlines(ctx, input),
  'deadlines.compliance': (input, ctx) => compliance(ctx, input),

  'deadlines.transitions': async (input, ctx) => {
    const all = await openTransitionTasks(ctx, input.scope, addPeriod(ctx.today(), 90, 'dage'));
    return { rows: all.slice(input.offset, input.offset + input.limit), total: all.length };
  },

  'deadlines.meetings': async (input, ctx) => {
    // The next meeting and the three after it (a meeting already held this quarter is not upcoming), from one read of the birth cohorts.
    const dates = upcomingMeetings(ctx.today());
    const counts = new Map(dates.map((d) => [d, 0]));
    for (const p of await invitedToAny(ctx, input.scope, dates[0], dates[3])) {
      const meeting = p.tasks.find((t) => t.kind === 'invitation')?.meetingDate;
      if (meeting && counts.has(meeting)) counts.set(meeting, counts.get(meeting)! + 1);
    }
    return { rows: dates.map((d) => ({ meetingDate: d, invitationDate: invitationDate(d), count: counts.get(d)! })) };
  },

  'deadlines.invitations': async (input, ctx) => {
    if (meetingOfQuarter(input.meetingDate) !== input.meetingDate) {
      throw new AppError('VALIDATION', 'Der er ikke informationsmøde på den dato.', { meetingDate: 'Vælg et af møderne.' });
    }
    const people = await invitedTo(ctx, input.scope, input.meetingDate);
    const holders = await custodyHolders(ctx, people.map((p) => p.citizenId));
    // When each invitation was marked sent: one read for the list.
    const invited = people.flatMap((p) => {
      const invitation = p.tasks.find((t) => t.kind === 'invitation');
      return invitation?.done ? [{ citizenId: p.citizenId, due: invitation.due }] : [];
    });
    const doneRows = await byIdChunks(
      invited.map((i) => i.citizenId),
      (chunk) => ctx.db.selectFrom('tasks_done').select(['subject_id', 'due', 'done_at']).where('kind', '=', 'invitation').where('subject_id', 'in', chunk).execute(),
    );
    const doneAt = new Map(doneRows.map((d) => [`${d.subject_id}|${d.due}`, d.done_at]));
    return {
      meetingDate: input.meetingDate,
      invitationDate: invitationDate(input.meetingDate),
      custodyKnown: true,
      rows: people.map((p) => {
        const invitation = p.tasks.find((t) => t.kind === 'invitation');
        return {
          citizenId: p.citizenId,
          caseNumber: p.caseNumber,
          citizenName: p.name,
          birthDate: p.birthDate,
          address: p.address,
          protectedAddress: p.protectedAddress,
          caseworkerName: p.caseworkerName,
          custodyHolders: holders.get(p.citizenId) ?? [],
          invitedAt: invitation?.done ? (doneAt.get(`${p.citizenId}|${invitation.due}`) ?? null) : null,
        };
      }),
    };
  },

  'deadlines.markDone': async (input, ctx) => {
    const at = ctx.now().toISOString();
    if ((transitionTaskKinds as readonly string[]).includes(input.kind)) {
      if (!(await ctx.db.selectFrom('citizens').select('id').where('id', '=', input.subjectId).executeTakeFirst())) throw notFound('Borgeren');
      await ctx.db
        .insertInto('tasks_done')
        .values({ kind: input.kind, subject_id: input.subjectId, due: input.due, done_by: ctx.user.id, done_at: at })
        .onConflict((oc) => oc.columns(['kind', 'subject_id', 'due']).doNothing())
        .execute();
      return { done: true };
    }
    const service = await ctx.db.selectFrom('services').select(['service_type', 'follow_up_date']).where('id', '=', input.subjectId).executeTakeFirst();
    if (!service) throw notFound('Indsatsen');
    if (service.follow_up_date !== input.due) throw new AppError('CONFLICT', 'Opfølgningen er allerede registreret eller flyttet. Opdater siden.');
    // Follow-ups recur: marking one done sets the next one a period later.
    await atomically(ctx.db, async (trx) => {
      await trx
        .insertInto('tasks_done')
        .values({ kind: 'followUp', subject_id: input.subjectId, due: input.due, done_by: ctx.user.id, done_at: at })
        .onConflict((oc) => oc.columns(['kind', 'subject_id', 'due']).doNothing())
        .execute();
      const next = await followUpDateFor(trx, service.service_type, input.due);
      await trx.updateTable('services').set({ follow_up_date: next, updated_at: at }).where('id', '=', input.subjectId).execute();
    });
    return { done: true };
  },

  'deadlines.reminders': (input, ctx) => reminders(ctx, input.scope),
};
