/** 007 (audit log): an upgraded register logs reads of its existing citizens, and the log cannot be rewritten. */
import { expect } from 'vitest';
import { Backend } from '../../../main/backend/backend';
import type { Register } from '../../../main/backend/db/open';
import { MemorySettingsStore } from '../../../main/backend/settings';

export default async function check(reg: Register, file: string): Promise<void> {
  expect(reg.raw.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  const settings = new MemorySettingsStore();
  settings.set('currentUserByRegister', { [file]: 2 }); // ØJ, teamleder in the v1 data
  const backend = new Backend({ registerPath: file, settings, validateOutput: true });
  await backend.init();
  try {
    await backend.call('cases.get', { id: 1 });
    const log = await backend.call('audit.citizen', { citizenId: 1 });
    expect(log.rows.map((r) => [r.method, r.userInitials, r.caseNumber])).toEqual([['cases.get', 'ØJ', '2025-000001']]);
    const raw = backend.openRegister!.raw;
    expect(() => raw.prepare("UPDATE audit_log SET method = 'x'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  } finally {
    await backend.close();
  }
}
