/** 005 (procedure library): an upgraded register has the default procedures, searchable, and a checklist runs on an existing case. */
import { expect } from 'vitest';
import { Backend } from '../../../main/backend/backend';
import type { Register } from '../../../main/backend/db/open';
import { MemorySettingsStore } from '../../../main/backend/settings';

export default async function check(reg: Register, file: string): Promise<void> {
  const { n } = reg.raw.prepare('SELECT count(*) AS n FROM procedures').get() as { n: number };
  expect(n).toBeGreaterThanOrEqual(10);
  const settings = new MemorySettingsStore();
  settings.set('currentUserByRegister', { [file]: 1 }); // ABC in the v1 data
  const backend = new Backend({ registerPath: file, settings, validateOutput: true });
  await backend.init();
  try {
    const hits = await backend.call('procedures.search', { query: 'afslag' });
    expect(hits.rows[0].title).toBe('Kommunikation ved afslag');
    // Case 1 is a children's case (BL § 86) in sagsoplysning: the first-meeting procedure fits it.
    const forCase = await backend.call('procedures.forCase', { caseId: 1 });
    const meeting = forCase.rows.find((p) => p.title === 'Første møde med familien');
    expect(meeting?.hasChecklist).toBe(true);
    const run = await backend.call('checklists.start', { caseId: 1, procedureId: meeting!.id });
    expect(run.open).toBe(true);
  } finally {
    await backend.close();
  }
}
