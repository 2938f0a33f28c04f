import type { SetupInput } from '../../../../shared/features/app';
import { atomically, type Db } from '../../db/transaction';

/** A new empty register: the first team and the person setting it up. Returns the user's id. */
export async function setupEmptyRegister(
  db: Db,
  input: Extract<SetupInput, { kind: 'empty' }>,
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  return atomically(db, async (trx) => {
    const team = await trx.insertInto('teams').values({ name: input.teamName, created_at: at }).returning('id').executeTakeFirstOrThrow();
    const user = await trx
      .insertInto('users')
      .values({
        initials: input.initials.toLocaleUpperCase('da'),
        name: input.name,
        role: input.role,
        team_id: team.id,
        active: 1,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('register_info').values({ key: 'demo', value: '0' }).execute();
    return user.id;
  });
}
