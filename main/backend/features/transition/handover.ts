/**
 * The handover to the adult area at 18: the prefilled draft, the handover itself (all
 * or nothing, in one transaction) and the stored summary.
 *
 * Decisions (docs/deadlines.md, "Handover to the adult area"):
 * - A new adult case (area 'voksen') is created for the adult caseworker, unless the
 *   young person already has an open adult case, which is then moved to them. The
 *   children's case is not turned into an adult case: its paragraphs are Barnets lov's,
 *   its history belongs to the children's area, and the municipality may keep one case
 *   per citizen or one per application (seed 002), so the new case is the clean cut.
 * - The open children's cases are closed ('close', the default), kept with their
 *   caseworker ('keep', e.g. aftercare under Barnets lov goes on), or moved to the adult
 *   caseworker ('handOver'). Moving goes through the shared service (services/move-cases.ts).
 * - The summary's facts are read from the register inside the transaction (never taken
 *   from the client) and stored as they were; the caseworker's texts beside them.
 * - The 18-year step is marked done; earlier steps not done are named in the summary.
 */
import { AppError, notFound } from '../../../../shared/api/errors';
import { formatDate } from '../../../../shared/domain/dates';
import type { ParsedInput } from '../../../../shared/api/contract';
import { childCaseDecisions, summaryFacts as summaryFactsSchema, type ChildCaseDecision, type StoredHandover, type TransitionDraft } from '../../../../shared/features/transition';
import type { Ctx } from '../../context';
import { atomically, type Db } from '../../db/transaction';
import { computeDeadline, refreshPendingDeadlines } from '../../services/decision-deadlines';
import { moveCases } from '../../services/move-cases';
import { adultStep, citizenHead, crossMeetingNotes, crossMeetingText, openChildCases, suggestAdultCase, summaryFacts, transitionSteps, youngPerson } from './facts';
import { nextCaseNumber } from '../../services/case-numbers';

async function existingHandover(db: Db, citizenId: number) {
  return db.selectFrom('transition_handovers').select(['id', 'handover_date']).where('citizen_id', '=', citizenId).executeTakeFirst();
}

async function openAdultCases(db: Db, citizenId: number) {
  return db
    .selectFrom('cases as c')
    .innerJoin('users as u', 'u.id', 'c.caseworker_id')
    .select(['c.id', 'c.case_number', 'c.case_type', 'c.caseworker_id', 'u.name'])
    .where('c.citizen_id', '=', citizenId)
    .where('c.area', '=', 'voksen')
    .where('c.state', '=', 'åben')
    .orderBy('c.id')
    .execute();
}

export async function prepareHandover(ctx: Ctx, citizenId: number): Promise<TransitionDraft> {
  const db = ctx.db;
  const today = ctx.today();
  const person = await youngPerson(db, citizenId);
  const childCases = await openChildCases(db, ctx.reference, citizenId);
  const steps = await transitionSteps(db, citizenId, person.birthDate, today);
  const facts = await summaryFacts(db, ctx.reference, person, steps);
  const notes = await crossMeetingNotes(db, citizenId);
  const cross = steps.find((s) => s.kind === 'crossMeeting');
  const done = await existingHandover(db, citizenId);
  return {
    ...citizenHead(person),
    handoverFrom: person.handoverFrom,
    handoverAllowed: !done && childCases.length > 0 && today >= person.handoverFrom,
    handoverId: done?.id ?? null,
    childCases: childCases.map(({ teamId: _teamId, ...c }) => c),
    adultCases: (await openAdultCases(db, citizenId)).map((c) => ({ id: c.id, caseNumber: c.case_number, caseType: c.case_type, caseworkerName: c.name })),
    facts,
    crossMeeting: { doneAt: cross?.doneAt ?? null, doneByName: cross?.doneByName ?? null, notes },
    texts: { situation: '', crossMeeting: crossMeetingText(notes), servicesNote: '', familyNote: '' },
    suggestion: await suggestAdultCase(db, ctx.reference, childCases.map((c) => c.id), facts),
  };
}

/** A journal entry under a name from the naming list (or "Journalnotat"; free text only if the list has neither). */
async function journal(db: Db, entry: { caseId: number; area: string; name: string; note: string; date: string; authorId: number; at: string }) {
  const named = await db
    .selectFrom('activity_names')
    .select(['id', 'name'])
    .where('name', 'in', [entry.name, 'Journalnotat'])
    .where('active', '=', 1)
    .where('is_other', '=', 0)
    .where('area', 'in', [entry.area, 'begge'])
    .execute();
  const pick = named.find((n) => n.name === entry.name) ?? named.find((n) => n.name === 'Journalnotat');
  await db
    .insertInto('activities')
    .values({
      case_id: entry.caseId,
      activity_date: entry.date,
      name: pick?.name ?? entry.name,
      activity_name_id: pick?.id ?? null,
      standard: pick ? 1 : 0,
      note: entry.note,
      author_id: entry.authorId,
      created_at: entry.at,
    })
    .execute();
}

const REASON_TO_ADULT = 'Overdraget til voksenområdet ved 18 år';

export async function handOver(ctx: Ctx, input: ParsedInput<'transition.handOver'>) {
  const today = ctx.today();
  const at = ctx.now().toISOString();
  const user = ctx.user;
  // All or nothing, on the transaction only (the facts, the moves and the journal included).
  return atomically(ctx.db, async (db) => {
    const person = await youngPerson(db, input.citizenId);
    const done = await existingHandover(db, person.id);
    if (done) throw new AppError('CONFLICT', `${person.name} er allerede overdraget til voksenområdet (${formatDate(done.handover_date)}).`);
    if (today < person.handoverFrom) {
      throw new AppError('VALIDATION', `${person.name} kan tidligst overdrages til voksenområdet fra 17½ år, dvs. ${formatDate(person.handoverFrom)}.`);
    }
    const childCases = await openChildCases(db, ctx.reference, person.id);
    if (childCases.length === 0) throw new AppError('CONFLICT', `${person.name} har ingen åben børnesag at overdrage fra.`);
    const mine = childCases.some((c) => c.caseworkerId === user.id);
    const leads = user.role === 'teamleder' && childCases.some((c) => c.teamId === user.teamId);
    if (!mine && !leads) {
      throw new AppError('FORBIDDEN', 'Kun sagsbehandleren på den unges børnesag og teamlederen i sagsbehandlerens team kan overdrage den unge til voksenområdet.');
    }

    const receiver = await db
      .selectFrom('users as u')
      .innerJoin('teams as t', 't.id', 'u.team_id')
      .select(['u.id', 'u.name', 'u.active', 'u.team_id', 't.name as team_name'])
      .where('u.id', '=', input.toUserId)
      .executeTakeFirst();
    if (!receiver || receiver.active !== 1) {
      throw new AppError('VALIDATION', 'Den nye sagsbehandler findes ikke eller er ikke aktiv.', { toUserId: 'Vælg en aktiv sagsbehandler.' });
    }
    if (receiver.team_id !== input.toTeamId) {
      throw new AppError('VALIDATION', `${receiver.name} er ikke i det valgte team.`, { toUserId: 'Vælg en sagsbehandler i det valgte team.' });
    }

    // The facts as they are before anything changes (the steps and services of the children's cases).
    const steps = await transitionSteps(db, person.id, person.birthDate, today);
    const facts = await summaryFacts(db, ctx.reference, person, steps);
    facts.openSteps = facts.openSteps.filter((s) => s.kind !== 'adultDecisions');
    const from = childCases[0];
    const childNumbers = childCases.map((c) => c.caseNumber).join(', ');

    // ---- the adult case: an open one moved, or a new one ----
    let adultCaseId: number;
    let adultCaseNumber: string;
    const created = input.adultCaseId === null;
    if (input.adultCaseId !== null) {
      const existing = (await openAdultCases(db, person.id)).find((c) => c.id === input.adultCaseId);
      if (!existing) throw new AppError('VALIDATION', 'Vælg en af den unges åbne voksensager, eller opret en ny.', { adultCaseId: 'Ikke en åben voksensag for den unge.' });
      await moveCases(db, [{ caseId: existing.id, toUserId: receiver.id, reason: 'Overgang fra børneområdet ved 18 år' }], user.id, at);
      adultCaseId = existing.id;
      adultCaseNumber = existing.case_number;
    } else {
      for (const code of input.paragraphs) {
        const p = ctx.reference.paragraph(code);
        if (!p) throw new AppError('VALIDATION', `Paragraffen ${code} findes ikke på listen.`, { paragraphs: 'Ukendt paragraf.' });
        if (!ctx.reference.fitsArea(code, 'voksen')) {
          const message = `${p.short} hører ikke til voksenområdet.`;
          throw new AppError('VALIDATION', message, { paragraphs: message });
        }
      }
      // The adult decisions must take effect on the 18th birthday: that is the new case's deadline until it has
      // passed; after it, the team's rule for the paragraphs from today.
      const deadline =
        person.eighteenthBirthday >= today ? person.eighteenthBirthday : (await computeDeadline(db, ctx.reference, today, input.caseType, input.paragraphs)).deadline;
      adultCaseNumber = await nextCaseNumber(db, today);
      const row = await db
        .insertInto('cases')
        .values({
          case_number: adultCaseNumber,
          citizen_id: person.id,
          area: 'voksen',
          case_type: input.caseType,
          kle_number: '',
          handlingsfacet: '',
          phase: 'sagsåbning',
          state: 'åben',
          received_date: today,
          deadline,
          // An internal handover, not a written enquiry from the citizen: no receipt is due.
          receipt_due: null,
          next_follow_up: null,
          caseworker_id: receiver.id,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      adultCaseId = row.id;
      await db
        .insertInto('case_paragraphs')
        .values(input.paragraphs.map((paragraph, position) => ({ case_id: row.id, paragraph, position })))
        .execute();
      await db
        .insertInto('case_assignments')
        .values({ case_id: row.id, user_id: receiver.id, from_at: at, to_at: null, reason: 'Oprettet ved overgang fra børneområdet ved 18 år', assigned_by: user.id })
        .execute();
      await refreshPendingDeadlines(db, [row.id]);
    }

    // ---- the children's cases, as decided ----
    const childIds = childCases.map((c) => c.id);
    const toWhom = `${receiver.name} (${receiver.team_name})`;
    if (input.childCases === 'close') {
      await db.updateTable('cases').set({ state: 'afsluttet', updated_at: at }).where('id', 'in', childIds).execute();
      await refreshPendingDeadlines(db, childIds);
    } else if (input.childCases === 'handOver') {
      await moveCases(db, childIds.map((caseId) => ({ caseId, toUserId: receiver.id, reason: REASON_TO_ADULT })), user.id, at);
    }
    for (const c of childCases) {
      const outcome = { close: 'Børnesagen er afsluttet.', keep: `Børnesagen fortsætter hos ${c.caseworkerName}.`, handOver: `Børnesagen er flyttet til ${receiver.name}.` }[input.childCases];
      await journal(db, {
        caseId: c.id,
        area: 'børn',
        name: input.childCases === 'close' ? 'Sagen afsluttet' : 'Journalnotat',
        note: `${REASON_TO_ADULT}: voksensag ${adultCaseNumber} hos ${toWhom}. ${outcome} Overgangsresuméet er gemt ved overdragelsen.`,
        date: today,
        authorId: user.id,
        at,
      });
    }
    await journal(db, {
      caseId: adultCaseId,
      area: 'voksen',
      name: created ? 'Sagen oprettet' : 'Journalnotat',
      note: `Overdraget fra børneområdet ved 18 år: børnesag ${childNumbers} (${from.caseworkerName}, ${from.teamName}). Se overgangsresuméet.`,
      date: today,
      authorId: user.id,
      at,
    });

    // ---- the 18-year step, and the summary ----
    await db
      .insertInto('tasks_done')
      .values({ kind: 'adultDecisions', subject_id: person.id, due: adultStep(steps).due, done_by: user.id, done_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const handover = await db
      .insertInto('transition_handovers')
      .values({
        citizen_id: person.id,
        handover_date: today,
        eighteenth_birthday: person.eighteenthBirthday,
        from_user_id: from.caseworkerId,
        from_team_id: from.teamId,
        to_user_id: receiver.id,
        to_team_id: receiver.team_id,
        adult_case_id: adultCaseId,
        adult_case_created: created ? 1 : 0,
        facts: JSON.stringify(facts),
        situation: input.situation,
        cross_meeting: input.crossMeeting,
        services_note: input.servicesNote,
        family_note: input.familyNote,
        created_at: at,
        created_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('transition_handover_cases')
      .values(childIds.map((caseId) => ({ handover_id: handover.id, case_id: caseId, decision: input.childCases })))
      .execute();
    return { id: handover.id, adultCaseId, adultCaseNumber, childCaseIds: childIds };
  });
}

const isDecision = (v: string): v is ChildCaseDecision => (childCaseDecisions as readonly string[]).includes(v);

export async function getHandover(ctx: Ctx, id: number): Promise<StoredHandover> {
  const db = ctx.db;
  const h = await db
    .selectFrom('transition_handovers as h')
    .innerJoin('users as f', 'f.id', 'h.from_user_id')
    .innerJoin('teams as ft', 'ft.id', 'h.from_team_id')
    .innerJoin('users as t', 't.id', 'h.to_user_id')
    .innerJoin('teams as tt', 'tt.id', 'h.to_team_id')
    .innerJoin('users as b', 'b.id', 'h.created_by')
    .innerJoin('cases as a', 'a.id', 'h.adult_case_id')
    .selectAll('h')
    .select([
      'f.name as from_name',
      'ft.name as from_team_name',
      't.name as to_name',
      't.initials as to_initials',
      'tt.name as to_team_name',
      'b.name as by_name',
      'a.case_number as adult_case_number',
      'a.case_type as adult_case_type',
    ])
    .where('h.id', '=', id)
    .executeTakeFirst();
  if (!h) throw notFound('Overdragelsen');
  const person = await youngPerson(db, h.citizen_id);
  const cases = await db
    .selectFrom('transition_handover_cases as hc')
    .innerJoin('cases as c', 'c.id', 'hc.case_id')
    .select(['c.id', 'c.case_number', 'c.case_type', 'hc.decision'])
    .where('hc.handover_id', '=', id)
    .orderBy('c.id')
    .execute();
  return {
    id: h.id,
    ...citizenHead(person),
    // As it was on the day (the citizen's birth date cannot change the step that was done).
    eighteenthBirthday: h.eighteenth_birthday,
    handoverDate: h.handover_date,
    createdAt: h.created_at,
    byName: h.by_name,
    fromName: h.from_name,
    fromTeamName: h.from_team_name,
    toName: h.to_name,
    toInitials: h.to_initials,
    toTeamName: h.to_team_name,
    adultCaseId: h.adult_case_id,
    adultCaseNumber: h.adult_case_number,
    adultCaseType: h.adult_case_type,
    adultCaseCreated: h.adult_case_created === 1,
    childCases: cases.map((c) => ({ id: c.id, caseNumber: c.case_number, caseType: c.case_type, decision: isDecision(c.decision) ? c.decision : 'close' })),
    facts: summaryFactsSchema.parse(JSON.parse(h.facts)),
    texts: { situation: h.situation, crossMeeting: h.cross_meeting, servicesNote: h.services_note, familyNote: h.family_note },
  };
}
