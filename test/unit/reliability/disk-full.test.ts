/**
 * A full disk: the caseworker is told in Danish that the disk is full, and a change
 * answered as failed is not stored, nor its audit row (they commit together).
 * SQLite's max_page_count stands in for the disk: past it, writes fail with SQLITE_FULL
 * exactly as on a full disk.
 */
import { afterEach, expect, test } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { testRegister, type TestRegister } from '../../helpers/register';

let reg: TestRegister;
afterEach(() => reg?.cleanup());

test('a full disk gives a Danish message, and nothing answered as failed is stored', async () => {
  reg = await testRegister();
  const raw = reg.backend.openRegister!.raw;
  const pages = raw.pragma('page_count', { simple: true }) as number;
  raw.pragma(`max_page_count = ${pages + 2}`);

  let stored = 0;
  let refused: AppError | null = null;
  const long = 'x'.repeat(200); // some twenty rows fill a page
  for (let i = 0; i < 500 && !refused; i++) {
    const cpr = `0101${40 + (i % 50)}${4000 + i}`; // born 1940–1989 (digit 4): never in the future
    try {
      await reg.backend.call('citizens.create', { cpr, name: `Fuld Disk ${i}`, address: long });
      stored++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      refused = err;
    }
  }
  expect(refused?.code).toBe('DISK_FULL');
  expect(refused?.message).toMatch(/Disken er fuld/);
  expect(refused?.message).not.toMatch(/SQLITE|Fuld Disk|0101/);

  raw.pragma('max_page_count = 1073741823');
  await reg.backend.flushAudit();
  const citizens = raw.prepare("SELECT count(*) AS n FROM citizens WHERE name LIKE 'Fuld Disk %'").get() as { n: number };
  const audited = raw.prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'citizens.create'").get() as { n: number };
  expect(citizens.n).toBe(stored);
  expect(audited.n).toBe(stored);
});
