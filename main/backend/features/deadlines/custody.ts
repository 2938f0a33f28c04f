/**
 * Custody holders for the invitation list, from the stamkort's "parents" section
 * (issue 3). Read defensively: the section is JSON owned by the stamkort feature, so
 * only the fields needed here are picked, and a register without the stamkort tables
 * gives null (the list then names the young person only).
 */
import type { Ctx } from '../../context';

interface Holder {
  name: string;
  address: string;
}

export function custodyHolders(ctx: Ctx, citizenIds: number[]): Map<number, Holder[]> | null {
  const exists = ctx.raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stamkort_sections'").get();
  if (!exists) return null;
  const result = new Map<number, Holder[]>();
  if (citizenIds.length === 0) return result;
  const rows = ctx.raw
    .prepare("SELECT citizen_id, data FROM stamkort_sections WHERE section = 'parents' AND citizen_id IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(citizenIds)) as { citizen_id: number; data: string }[];
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
