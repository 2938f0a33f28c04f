/** The young people due for the handover to the adult area, and the handovers made. */
import { monthsAfterBirth, birthdayAt } from '../../../../shared/domain/transition';
import type { CandidateRow, HandoverRow } from '../../../../shared/features/transition';
import type { Ctx } from '../../context';
import { addPeriod } from '../../../../shared/domain/calendar';
import { loadYoungPeople } from '../deadlines';
import { HANDOVER_FROM_MONTHS } from './facts';

type Scope = 'mine' | 'team' | 'all';

/**
 * From 17½ until they are handed over, however long past the 18th birthday: everyone
 * with an open children's case (in scope) who has not been handed over. The transition
 * list's own reading of the birth cohorts (deadlines/transitions.ts), so the steps and
 * this list agree on who is a young person and which steps are open.
 */
export async function handoverCandidates(ctx: Ctx, scope: Scope): Promise<CandidateRow[]> {
  const today = ctx.today();
  // A month of slack for month ends (born 31 August: 17½ on the last day of February); the exact day below.
  const bornTo = addPeriod(today, -(HANDOVER_FROM_MONTHS - 1), 'måneder');
  return (await loadYoungPeople(ctx, scope, '0000-01-01', bornTo))
    .filter((p) => monthsAfterBirth(p.birthDate, HANDOVER_FROM_MONTHS) <= today)
    .map((p) => ({
      citizenId: p.citizenId,
      citizenName: p.name,
      birthDate: p.birthDate,
      eighteenthBirthday: birthdayAt(p.birthDate, 18),
      caseId: p.caseId,
      caseNumber: p.caseNumber,
      caseworkerInitials: p.caseworkerInitials,
      openSteps: p.tasks.filter((t) => !t.done).length,
    }));
}

/** Handovers the user (or team) gave or received, newest first. */
export async function handovers(ctx: Ctx, scope: Scope, offset: number, limit: number): Promise<{ rows: HandoverRow[]; total: number }> {
  const db = ctx.db;
  const user = ctx.user;
  const all = db.selectFrom('transition_handovers as h');
  const base =
    scope === 'mine'
      ? all.where((eb) => eb.or([eb('h.from_user_id', '=', user.id), eb('h.to_user_id', '=', user.id), eb('h.created_by', '=', user.id)]))
      : scope === 'team'
        ? all.where((eb) => eb.or([eb('h.from_team_id', '=', user.teamId), eb('h.to_team_id', '=', user.teamId)]))
        : all;
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('citizens as ci', 'ci.id', 'h.citizen_id')
    .innerJoin('users as f', 'f.id', 'h.from_user_id')
    .innerJoin('users as t', 't.id', 'h.to_user_id')
    .innerJoin('teams as tt', 'tt.id', 'h.to_team_id')
    .innerJoin('cases as a', 'a.id', 'h.adult_case_id')
    .select(['h.id', 'h.citizen_id', 'ci.name', 'h.handover_date', 'f.initials as from_initials', 't.initials as to_initials', 't.name as to_name', 'tt.name as to_team_name', 'h.adult_case_id', 'a.case_number'])
    .orderBy('h.handover_date', 'desc')
    .orderBy('h.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({
      id: r.id,
      citizenId: r.citizen_id,
      citizenName: r.name,
      handoverDate: r.handover_date,
      fromInitials: r.from_initials,
      toInitials: r.to_initials,
      toName: r.to_name,
      toTeamName: r.to_team_name,
      adultCaseId: r.adult_case_id,
      adultCaseNumber: r.case_number,
    })),
  };
}
