import type Database from 'better-sqlite3';
import type { DemoFeatureContext } from '../../demo/feature';
import { findByKey, updateName } from './store';

/**
 * Demo data for this feature, written after the case register's data (which already
 * names its activities from the list, with legacy names mixed in: demo/write.ts).
 * Here: a short, believable change history by the demo's super user.
 */
export function fillActivityNamesDemo(raw: Database.Database, ctx: DemoFeatureContext): void {
  const su = raw.prepare("SELECT id FROM users WHERE role = 'superbruger' ORDER BY id LIMIT 1").get() as { id: number } | undefined;
  if (!su) return;
  const daysAgo = (n: number) => new Date(ctx.today.getTime() - n * 86_400_000).toISOString();
  const edits: [number, string, (s: string[]) => string[]][] = [
    [60, 'Telefonsamtale', (s) => [...s, 'telefonnotat']],
    [45, 'Hjemmebesøg', (s) => [...s, 'hjemmebesøg foretaget']],
    [20, 'Partshøring sendt', (s) => [...s, 'partshøringsbrev']],
  ];
  for (const [ago, name, change] of edits) {
    const entry = findByKey(raw, name);
    if (entry) updateName(raw, entry.id, { synonyms: change(entry.synonyms) }, daysAgo(ago), su.id, 'ændret');
  }
}
