/** 010: names written before the word index are searchable through it, "aa" and "å" find each other, and the FTS5 index is gone. */
import { expect } from 'vitest';
import { checkRegister } from '../../../main/backend/db/check';
import type { Register } from '../../../main/backend/db/open';
import { backendOn } from '../../helpers/register';

export default async function check(reg: Register, file: string): Promise<void> {
  const tables = (reg.raw.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'citizens_fts%'").all() as { name: string }[]).map((t) => t.name);
  expect(tables).toEqual([]);
  expect(reg.raw.prepare("SELECT word FROM citizen_name_words WHERE citizen_id = 2 ORDER BY word").all()).toEqual(
    ['aagaard', 'nielsen', 'ågård', 'åse'].map((word) => ({ word })),
  );
  await reg.close();

  const backend = await backendOn(file);
  try {
    const names = async (query: string) => (await backend.call('citizens.search', { query })).rows.map((r) => r.name);
    expect(await names('Åg')).toEqual(['Åse Aagaard-Nielsen']);
    expect(await names('aag')).toEqual(['Åse Aagaard-Nielsen']);
    expect(await names('ase aag')).toEqual([]); // "Åse" is not "Ase"
    expect(await names('åse ågå')).toEqual(['Åse Aagaard-Nielsen']);
    const c = await backend.call('citizens.create', { cpr: '0101204003', name: 'Mikkel Ågård' });
    expect(await names('Aagaa')).toEqual(['Mikkel Ågård', 'Åse Aagaard-Nielsen'].sort((a, b) => a.localeCompare(b, 'da')));
    await backend.call('citizens.update', { id: c.id, cpr: '0101204003', name: 'Mikkel Bæk' });
    expect(await names('mikkel')).toEqual(['Mikkel Bæk']);
    expect(checkRegister(backend.openRegister!.raw).problems).toEqual([]);
  } finally {
    await backend.close();
  }
}
