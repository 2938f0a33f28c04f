/**
 * The crash test's child process (bundled with esbuild, run with plain node): writes
 * realistic changes through the real Backend until it is killed. Prints "ready" once
 * the register is open, then keeps writing: new citizens with cases, journal entries,
 * and redistributions of many cases through cases.reassign.
 */
import { Backend } from '../../../main/backend/backend';
import { MemorySettingsStore } from '../../../main/backend/settings';

const [file, seedText] = process.argv.slice(2);
let seed = Number(seedText) || 1;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

async function main() {
  const settings = new MemorySettingsStore();
  const backend = new Backend({ registerPath: file, settings });
  await backend.init();
  const status = await backend.status();
  if (!status.open) throw new Error(`not open: ${status.problem?.code}`);
  const users = (await backend.call('users.list', {})).rows;
  // The team leader: redistributing cases (cases.reassign) is theirs.
  backend.setCurrentUser((users.find((u) => u.role === 'teamleder') ?? users[0]).id);
  const caseIds = (backend.openRegister!.raw.prepare('SELECT id FROM cases').all() as { id: number }[]).map((r) => r.id);
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const step = rand(3);
    if (step === 0) {
      const serial = String(rand(10_000)).padStart(4, '0');
      const day = String(1 + rand(28)).padStart(2, '0');
      const cpr = `${day}0315${serial}`;
      try {
        const c = await backend.call('citizens.create', { cpr, name: `Borger ${i}`, address: 'Vej 1' });
        const k = await backend.call('cases.create', { citizenId: c.id, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: '2026-01-05' });
        caseIds.push(k.id);
      } catch {
        // a CPR number already taken: the next round picks another
      }
    } else if (step === 1) {
      const caseId = caseIds[rand(caseIds.length)];
      await backend.call('activities.create', { caseId, date: '2026-03-01', name: 'Telefonsamtale', note: 'x'.repeat(rand(2000)) });
    } else {
      const start = rand(caseIds.length);
      const chosen = [...new Set(Array.from({ length: 50 + rand(250) }, (_, j) => caseIds[(start + j) % caseIds.length]))];
      await backend.call('cases.reassign', { caseIds: chosen, toUserId: users[rand(users.length)].id, reason: 'Omfordeling' });
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`writer failed: ${(err as Error)?.name} ${(err as { code?: string })?.code ?? ''}\n`);
  process.exit(2);
});
