import type { Db } from '../../db/transaction';
import type { DemoFeatureContext } from '../../demo/feature';
import { findByKey, updateName } from './store';

/**
 * Demo data for this feature, written after the case register's data (which already
 * names its activities from the list, with legacy names mixed in: demo/write.ts).
 * Here: a short, believable change history by the demo's super user.
 */
export async function fillActivityNamesDemo(db: Db, ctx: DemoFeatureContext): Promise<void> {
  const su = await db.selectFrom('users').select('id').where('role', '=', 'superbruger').orderBy('id').limit(1).executeTakeFirst();
  if (!su) return;
  const daysAgo = (n: number) => new Date(ctx.today.getTime() - n * 86_400_000).toISOString();
  const edits: [number, string, (s: string[]) => string[]][] = [
    [60, 'Telefonsamtale', (s) => [...s, 'telefonnotat']],
    [45, 'Hjemmebesøg', (s) => [...s, 'hjemmebesøg foretaget']],
    [20, 'Partshøring sendt', (s) => [...s, 'partshøringsbrev']],
  ];
  for (const [ago, name, change] of edits) {
    const entry = await findByKey(db, name);
    if (entry) await updateName(db, entry.id, { synonyms: change(entry.synonyms) }, daysAgo(ago), su.id, 'ændret');
  }
}
