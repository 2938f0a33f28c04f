/**
 * Custody holders for the invitation list, from the stamkort's "parents" section
 * (issue 3). Read defensively: the section is JSON owned by the stamkort feature, so
 * only the fields needed here are picked. Every register has the stamkort tables
 * (migration 003 comes before the deadlines' 006).
 */
import type { Ctx } from '../../context';
import { byIdChunks } from '../../db/chunks';

interface Holder {
  name: string;
  address: string;
}

export async function custodyHolders(ctx: Ctx, citizenIds: number[]): Promise<Map<number, Holder[]>> {
  const result = new Map<number, Holder[]>();
  const rows = await byIdChunks(citizenIds, (chunk) =>
    ctx.db.selectFrom('stamkort_sections').select(['citizen_id', 'data']).where('section', '=', 'parents').where('citizen_id', 'in', chunk).execute(),
  );
  for (const r of rows) {
    try {
      const parsed = JSON.parse(r.data) as { entries?: { name?: unknown; custody?: unknown; address?: unknown }[] };
      const holders = (parsed.entries ?? [])
        .filter((e) => e.custody === true && typeof e.name === 'string')
        .map((e) => ({ name: e.name as string, address: typeof e.address === 'string' ? e.address : '' }));
      result.set(r.citizen_id, holders);
    } catch {
      // A malformed section is the stamkort's problem; the list then shows the young person only.
    }
  }
  return result;
}
