/**
 * Demo data for the procedure library: the shipped defaults get owners, and a
 * generated library of local procedures (50 per scale unit: 5,000 at the large size,
 * what the search benchmark needs) with realistic titles, owners, review dates,
 * drafts, archived ones and a few versions. Some children's cases get a first-meeting
 * checklist in progress.
 */
import type Database from 'better-sqlite3';
import { phases, type Phase } from '../../../../shared/domain/enums';
import type { ProcedureContent } from '../../../../shared/features/procedures';
import type { DemoFeatureContext } from '../../demo/feature';
import { dayOfDate, Rng, stampOfDay } from '../../demo/random';
import { Reference } from '../../reference';
import { saveProcedure } from './store';

const PER_UNIT = 50;

const ACTIONS = ['Ansøgning om', 'Bevilling af', 'Opfølgning på', 'Afslag på', 'Revurdering af', 'Klage over', 'Partshøring ved', 'Genberegning af', 'Ophør af', 'Sagsoplysning ved'];
const WHO = ['Sagsbehandler', 'Teamleder', 'Sagsbehandler og familie', 'Superbruger', 'Ergoterapeut', 'Økonomimedarbejder'];
const WHEN = ['Inden for 5 arbejdsdage', 'Samme dag', 'Før afgørelsen', 'Ved næste opfølgning', 'Senest efter 4 uger', 'Hver 6. måned'];
const VERBS = ['Kontakt borgeren og aftal', 'Indhent oplysninger om', 'Vurder behovet for', 'Skriv notat om', 'Send brev om', 'Drøft på teammødet', 'Registrer i journalen', 'Tjek dokumentationen for'];
const INVOLVED = ['Borgeren', 'Forældrene', 'Partsrepræsentanten', 'Værgen', 'Skolen', 'Leverandøren', 'Sundhedsplejen'];
const TAGS = ['afslag', 'klage', 'frist', 'økonomi', 'merudgifter', 'hjælpemidler', 'bolig', 'aflastning', 'overgang', 'samtykke', 'partshøring', 'brevskabelon', 'forsamtale', 'journal'];
const LAWS = [
  { label: 'Barnets lov', url: 'https://www.retsinformation.dk/eli/lta/2023/721' },
  { label: 'Serviceloven', url: 'https://www.retsinformation.dk/eli/lta/2005/573' },
  { label: 'Forvaltningsloven', url: 'https://www.retsinformation.dk/eli/lta/2014/433' },
];
const NOTES = ['Sproget er gjort enklere', 'Ny frist efter aftale i teamet', 'Trin tilføjet efter klagesag', 'Tovholder skiftet', 'Tjeklisten er forkortet'];

const DAY_MS = 86_400_000;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function generateProcedure(rng: Rng, reference: Reference, n: number, ownerId: number | null): ProcedureContent {
  const area = rng.weighted([['børn', 4], ['voksen', 4], ['begge', 2]] as const);
  const paragraphs = reference.paragraphsFor(area === 'begge' ? undefined : area);
  const p = rng.pick(paragraphs);
  const topic = p.title.toLocaleLowerCase('da');
  const phaseSet = new Set<Phase>([rng.pick(phases)]);
  if (rng.chance(0.4)) phaseSet.add(rng.pick(phases));
  const steps = Array.from({ length: rng.int(2, 6) }, () => ({ what: `${rng.pick(VERBS)} ${topic}`, who: rng.pick(WHO), when: rng.pick(WHEN) }));
  return {
    title: `${rng.pick(ACTIONS)} ${topic} (${p.short}) – lokal vejledning ${n}`,
    purpose: `Vejledningen sikrer, at sager om ${topic} behandles ens i teamet, og at ${rng.pick(INVOLVED).toLocaleLowerCase('da')} ved, hvad der sker og hvornår.`,
    steps,
    involvement: [{ who: rng.pick(INVOLVED), why: `Har viden om ${topic}`, when: rng.pick(WHEN) }],
    time: rng.pick(WHEN),
    legalLinks: [rng.pick(LAWS)],
    phases: [...phaseSet],
    area,
    paragraphs: [p.code],
    tags: [...new Set([rng.pick(TAGS), rng.pick(TAGS)])],
    checklist: rng.chance(0.3) ? steps.map((s) => `${s.what} er gjort`) : [],
    warnBeforeClosedDays: false,
    ownerId,
    status: rng.weighted([['gældende', 80], ['udkast', 12], ['arkiveret', 8]] as const),
    reviewIntervalMonths: rng.pick([6, 12, 12, 24]),
  };
}

export function fillProceduresDemo(raw: Database.Database, ctx: DemoFeatureContext): void {
  const rng = new Rng(ctx.seed ^ 0x5eed_0006);
  const reference = new Reference();
  const today = dayOfDate(ctx.today);
  const owners = (raw.prepare("SELECT id FROM users WHERE active = 1 AND role IN ('superbruger', 'teamleder', 'sagsbehandler') ORDER BY id").all() as { id: number }[]).map((r) => r.id);
  const leaders = (raw.prepare("SELECT id FROM users WHERE active = 1 AND role IN ('superbruger', 'teamleder') ORDER BY id").all() as { id: number }[]).map((r) => r.id);
  if (!owners.length) return;
  const keepers = leaders.length ? leaders : owners;

  // The shipped defaults get an owner, as a superuser would assign them.
  const setOwner = raw.prepare('UPDATE procedures SET owner_id = ? WHERE id = ?');
  for (const { id } of raw.prepare('SELECT id FROM procedures ORDER BY id').all() as { id: number }[]) setOwner.run(rng.pick(keepers), id);

  const current = raw.prepare('SELECT current_version AS v FROM procedures WHERE id = ?');
  for (let n = 1; n <= PER_UNIT * ctx.scale; n++) {
    const owner = rng.pick(owners);
    const content = generateProcedure(rng, reference, n, owner);
    // Reviewed up to two years ago, so some are overdue ("Kan være forældet").
    const reviewedDay = today - rng.int(0, 730);
    const at = `${isoOfDay(reviewedDay)}T09:00:00.000Z`;
    const meta = { changeNote: 'Oprettet', by: owner, at, lastReviewed: isoOfDay(reviewedDay), lastReviewedBy: owner };
    const id = saveProcedure(raw, content, meta);
    if (rng.chance(0.15)) {
      const { v } = current.get(id) as { v: number };
      saveProcedure(raw, { ...content, purpose: `${content.purpose} Opdateret efter erfaringer fra teamet.` }, { ...meta, changeNote: rng.pick(NOTES) }, { id, version: v });
    }
  }

  // A first-meeting checklist in progress on some new children's cases.
  const meeting = raw.prepare("SELECT id, current_version AS v FROM procedures WHERE title = 'Første møde med familien'").get() as { id: number; v: number } | undefined;
  if (!meeting) return;
  const items = JSON.parse((raw.prepare('SELECT content FROM procedure_versions WHERE procedure_id = ? AND version = ?').get(meeting.id, meeting.v) as { content: string }).content).checklist as string[];
  const cases = raw
    .prepare("SELECT id, caseworker_id FROM cases WHERE area = 'børn' AND phase IN ('sagsåbning', 'sagsoplysning') AND state = 'åben' ORDER BY id LIMIT ?")
    .all(20 * ctx.scale) as { id: number; caseworker_id: number }[];
  const run = raw.prepare('INSERT INTO checklist_runs (case_id, procedure_id, version, items, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?)');
  const tick = raw.prepare('INSERT INTO checklist_ticks (run_id, item_index, checked, by_user, at) VALUES (?, ?, 1, ?, ?)');
  for (const c of cases) {
    const day = today - rng.int(1, 30);
    const runId = Number(run.run(c.id, meeting.id, meeting.v, JSON.stringify(items), c.caseworker_id, stampOfDay(day, 9 * 60)).lastInsertRowid);
    const done = rng.int(0, items.length);
    for (let i = 0; i < done; i++) tick.run(runId, i, c.caseworker_id, stampOfDay(day, 10 * 60 + i));
  }
}
