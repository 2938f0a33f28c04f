import { sql } from 'kysely';
import { AppError, notFound } from '../../../../shared/api/errors';
import { compareDanish } from '../../../../shared/domain/collation';
import type { usersContract } from '../../../../shared/features/users';
import type { HandlersFor } from '../../context';
import { findUser, toUser, userQuery } from './queries';

export const userHandlers: HandlersFor<typeof usersContract> = {
  'teams.list': async (_input, { db }) => {
    const rows = await db
      .selectFrom('teams as t')
      .select(['t.id', 't.name', sql<number | string>`(SELECT count(*) FROM users u WHERE u.team_id = t.id AND u.active = 1)`.as('members')])
      .execute();
    return {
      rows: rows
        // count(*) is a string on PostgreSQL.
        .map((r) => ({ id: r.id, name: r.name, memberCount: Number(r.members) }))
        .sort((a, b) => compareDanish(a.name, b.name)),
    };
  },

  'teams.create': async (input, { db, now }) => {
    // "team børn nord" and "Team Børn Nord" would look like one team in every list: refuse both.
    // (SQL folds case differently per engine, so compare in JS; there are only a handful of teams.)
    const key = input.name.toLocaleLowerCase('da');
    const names = await db.selectFrom('teams').select('name').execute();
    const exists = names.some((t) => t.name.toLocaleLowerCase('da') === key);
    if (exists) throw new AppError('CONFLICT', 'Der findes allerede et team med det navn.', { name: 'Navnet er allerede brugt.' });
    const row = await db
      .insertInto('teams')
      .values({ name: input.name, created_at: now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, name: input.name, memberCount: 0 };
  },

  'users.list': async (input, { db }) => {
    let q = userQuery(db);
    if (input.teamId) q = q.where('u.team_id', '=', input.teamId);
    if (!input.includeInactive) q = q.where('u.active', '=', 1);
    const rows = (await q.execute()).map(toUser);
    return { rows: rows.sort((a, b) => compareDanish(a.name, b.name)) };
  },

  'users.create': async (input, { db, now }) => {
    const team = await db.selectFrom('teams').select('id').where('id', '=', input.teamId).executeTakeFirst();
    if (!team) throw notFound('Teamet');
    // The column is NOCASE on SQLite only: compare upper-cased (the input is upper-cased already).
    const taken = await db
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn<string>('upper', ['initials']), '=', input.initials))
      .executeTakeFirst();
    if (taken) {
      throw new AppError('CONFLICT', `Initialerne ${input.initials} er allerede i brug.`, {
        initials: 'Initialerne er allerede i brug.',
      });
    }
    const row = await db
      .insertInto('users')
      .values({
        initials: input.initials,
        name: input.name,
        role: input.role,
        team_id: input.teamId,
        active: 1,
        created_at: now().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await findUser(db, row.id))!;
  },

  'users.update': async (input, { db }) => {
    const existing = await findUser(db, input.id);
    if (!existing) throw notFound('Medarbejderen');
    const team = await db.selectFrom('teams').select('id').where('id', '=', input.teamId).executeTakeFirst();
    if (!team) throw notFound('Teamet');
    if (!input.active && existing.openCases > 0) {
      throw new AppError(
        'CONFLICT',
        `${existing.name} har stadig ${existing.openCases} åbne sager. Omfordel dem, før medarbejderen gøres inaktiv.`,
      );
    }
    await db
      .updateTable('users')
      .set({ name: input.name, role: input.role, team_id: input.teamId, active: input.active ? 1 : 0 })
      .where('id', '=', input.id)
      .execute();
    return (await findUser(db, input.id))!;
  },

  'session.current': async (_input, { db, maybeUser }) => ({ user: maybeUser && (await findUser(db, maybeUser.id)) }),

  'session.setUser': async (input, { db, host }) => {
    const user = await findUser(db, input.userId);
    if (!user) throw notFound('Medarbejderen');
    if (!user.active) throw new AppError('CONFLICT', 'Medarbejderen er ikke længere aktiv.');
    host.setCurrentUser(user.id);
    return { user };
  },
};
