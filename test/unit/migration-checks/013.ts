/**
 * 013: the name-word triggers that called into JS are gone; the words the old triggers
 * wrote are still found, and the app now writes them: a citizen created or renamed after
 * 013 is found by the new name, not by the old one, and a plain INSERT makes no words.
 */
import { expect } from 'vitest';
import { checkRegister } from '../../../main/backend/db/check';
import type { Register } from '../../../main/backend/db/open';
import { backendOn } from '../../helpers/register';

export default async function check(reg: Register, file: string): Promise<void> {
  const raw = reg.raw;
  expect(raw.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'citizen_name_words%'").all()).toEqual([]);
  // The v1 citizens' words, as the triggers of 010 wrote them, are all still there.
  const words = (id: number) => (raw.prepare('SELECT word FROM citizen_name_words WHERE citizen_id = ? ORDER BY word').all(id) as { word: string }[]).map((r) => r.word);
  expect(words(1)).toEqual(['søren', 'ørsted']);
  expect(words(2)).toEqual(['aagaard', 'nielsen', 'ågård', 'åse']);
  expect(words(3)).toEqual(['bæk', 'emile']);
  await reg.close();

  const backend = await backendOn(file);
  try {
    const names = async (query: string) => (await backend.call('citizens.search', { query })).rows.map((r) => r.name);
    expect(await names('ørst')).toEqual(['Søren Ørsted']);
    expect(await names('åg')).toEqual(['Åse Aagaard-Nielsen']);
    expect(await names('emil bæk')).toEqual(['Émile Bæk']);

    const created = await backend.call('citizens.create', { cpr: '0101204003', name: 'Mikkel Kjærgaard' });
    expect(await names('kjærgå')).toEqual(['Mikkel Kjærgaard']);
    expect(await names('mikkel')).toEqual(['Mikkel Kjærgaard']);

    await backend.call('citizens.update', { id: created.id, cpr: '0101204003', name: 'Mikkel Bæk' });
    expect(await names('kjær')).toEqual([]);
    expect(await names('bæk')).toEqual(['Émile Bæk', 'Mikkel Bæk']);
    await backend.call('citizens.update', { id: 1, cpr: '1503104001', name: 'Søren Østergaard' });
    expect(await names('ørsted')).toEqual([]);
    expect(await names('østergå')).toEqual(['Søren Østergaard']);

    const db = backend.openRegister!.raw;
    expect(checkRegister(db).problems).toEqual([]);
    // No trigger writes words any more: a citizen inserted past the app has none (and the check says so).
    db.prepare(
      "INSERT INTO citizens (cpr, name, name_sort, birth_date, gender, created_at, updated_at) VALUES ('0202204005', 'Ida Holm', 'ida holm', '2020-02-02', 'mand', 'x', 'x')",
    ).run();
    expect(await names('holm')).toEqual([]);
    expect(checkRegister(db).problems).toEqual(['invariant: 1 citizen(s) missing from the name search index']);
  } finally {
    await backend.close();
  }
}
