/** Import of Markdown and Word files: a preview that writes nothing, then a confirmed import. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { failure, sql } from '../../helpers/fixtures';
import { testRegister, type TestRegister } from '../../helpers/register';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'procedures');
const regs: TestRegister[] = [];
afterEach(async () => {
  for (const r of regs.splice(0)) await r.cleanup();
});
// The library is the super user's (the contract's access): here ABC is the super user.
async function register() {
  const reg = await testRegister({ role: 'superbruger' });
  regs.push(reg);
  return reg;
}
const docx = () => ({
  name: 'bevilling-af-hjaelpemidler.docx',
  content: fs.readFileSync(path.join(FIXTURES, 'bevilling-af-hjaelpemidler.docx')).toString('base64'),
  encoding: 'base64' as const,
});
const markdown = () => ({ name: 'foraeldresamtale.md', content: fs.readFileSync(path.join(FIXTURES, 'foraeldresamtale.md'), 'utf8'), encoding: 'text' as const });
const count = (reg: TestRegister) => sql<{ n: number }>(reg, 'SELECT count(*) AS n FROM procedures')[0].n;

describe('import', () => {
  test('a .docx made with a word processor is read into the fields, and what does not fit is listed', async () => {
    const reg = await register();
    const before = count(reg);
    const { rows } = await reg.backend.call('procedures.importPreview', { files: [docx()] });
    const [item] = rows;
    expect(item.ok).toBe(true);
    expect(item.procedure).toMatchObject({
      title: 'Bevilling af hjælpemidler',
      purpose: 'Borgeren skal have et hjælpemiddel, der passer til behovet, uden unødig ventetid.',
      steps: [
        { what: 'Afklar behovet sammen med borgeren', who: 'Sagsbehandler', when: 'Inden for 2 uger' },
        { what: 'Indhent en vurdering fra en ergoterapeut', who: 'Sagsbehandler', when: 'Efter behov' },
      ],
      involvement: [{ who: 'Borgeren', why: 'Det er borgerens hverdag', when: 'Fra start' }],
      time: 'Afgørelse inden for 8 uger.',
      legalLinks: [{ label: 'Serviceloven', url: 'https://www.retsinformation.dk/eli/lta/2005/573' }],
      checklist: ['Behovet er afklaret', 'Borgeren har fået afgørelsen'],
      status: 'udkast',
    });
    expect(item.unmapped.join('\n')).toMatch(/Historik/);
    expect(item.unmapped.join('\n')).toMatch(/Lovgrundlag uden link.*Stk\. 1/);
    // The preview wrote nothing.
    expect(count(reg)).toBe(before);

    const { ids } = await reg.backend.call('procedures.importConfirm', { procedures: [item.procedure!] });
    expect(count(reg)).toBe(before + 1);
    const saved = await reg.backend.call('procedures.get', { id: ids[0] });
    expect([saved.title, saved.version, saved.changeNote]).toEqual(['Bevilling af hjælpemidler', 1, 'Importeret']);
    expect((await reg.backend.call('procedures.search', { query: 'ergoterapeut' })).rows.map((r) => r.id)).toEqual(ids);
  });

  test('Markdown front matter fills the fields; unknown fields and paragraph codes are reported, not guessed', async () => {
    const reg = await register();
    const { rows } = await reg.backend.call('procedures.importPreview', { files: [markdown()] });
    expect(rows[0].procedure).toMatchObject({
      title: 'Forældresamtale om aflastning',
      area: 'børn',
      phases: ['sagsvurdering'],
      paragraphs: ['BL-32'],
      tags: ['aflastning', 'forældre'],
      reviewIntervalMonths: 6,
      checklist: ['Samtalen er holdt'],
    });
    expect(rows[0].unmapped).toEqual(expect.arrayContaining([expect.stringMatching(/farve/), expect.stringMatching(/XX-999/)]));
  });

  test('a file that cannot be read or lacks a title is shown as a problem; a refused confirm writes nothing', async () => {
    const reg = await register();
    const before = count(reg);
    const { rows } = await reg.backend.call('procedures.importPreview', {
      files: [
        { name: 'noter.pdf', content: 'xx', encoding: 'text' },
        { name: 'tom.md', content: '## Formål\nIngen titel her.', encoding: 'text' },
      ],
    });
    expect(rows.map((r) => r.ok)).toEqual([false, false]);
    expect(rows[0].problems[0]).toMatch(/Markdown.*Word/);
    expect(rows[1].problems[0]).toMatch(/^Titel: /);
    const err = await failure(
      reg.backend.call('procedures.importConfirm', {
        procedures: [{ ...(await reg.backend.call('procedures.importPreview', { files: [markdown()] })).rows[0].procedure!, ownerId: 999 }],
      }),
    );
    expect(err.code).toBe('VALIDATION');
    expect(count(reg)).toBe(before);
  });
});
