/**
 * Demo data for the procedure library, as a real team's library looks:
 *
 * - the shipped defaults get owners, as a superuser would assign them;
 * - the local base procedures in resources/demo/procedures (children, adults and
 *   general ones, through the phases from opening to follow-up), each with the right
 *   law and link;
 * - up to 50 procedures per scale unit in all (5,000 at the large size, what the search
 *   benchmark needs): local variants of the bases, as another team or (at the large
 *   size) another municipality in the network keeps them, some for a particular
 *   situation (moving in from another municipality, an interpreter, a protected
 *   address, a guardian, ...) with the extra step that situation needs. Each has its own
 *   owner, review date (some overdue), status and sometimes a second version.
 *
 * Some children's cases get a first-meeting checklist in progress. Deterministic: the
 * plan is drawn from a seeded Rng, and the base files are read in name order.
 */
import { sql, type Insertable } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import type { Area, Phase } from '../../../../shared/domain/enums';
import { phases } from '../../../../shared/domain/enums';
import { procedureContent, type ProcedureContent } from '../../../../shared/features/procedures';
import type { DB } from '../../db/schema';
import type { Db } from '../../db/transaction';
import { insertRows } from '../../demo/batch';
import type { DemoFeatureContext } from '../../demo/feature';
import { regions } from '../../demo/names';
import { dayOfDate, isoOfDay, Rng, stampOfDay } from '../../demo/random';
import { resourcesDir } from './defaults';
import { parseProcedureMarkdown } from './markdown';
import { saveProcedure } from './store';

const PER_UNIT = 50;

type Step = ProcedureContent['steps'][number];
type Involvement = ProcedureContent['involvement'][number];
type ProcedureArea = ProcedureContent['area'];

/** A local circumstance a variant is written for: it adds a step (and maybe a party, a checklist item, a phase). */
interface Situation {
  /** Appended to the base title: "Merudgifter (BL § 86) – ansøgning og beregning ved genansøgning". */
  title: string;
  /** Added to the purpose. */
  note: string;
  step: Step;
  /** The step goes first (before the base's steps) or last. */
  first: boolean;
  involvement?: Involvement;
  /** The base already involves that party when one of its "who" matches. */
  involved?: RegExp;
  check?: string;
  phase?: Phase;
  tag: string;
  /** Only for procedures about a case type (with paragraphs), not the general ones. */
  caseType?: boolean;
  /** Only for procedures used in one of these phases. */
  inPhases?: readonly Phase[];
  /** Not for procedures about any of these paragraphs (a botilbud situation on a botilbud procedure). */
  notFor?: readonly string[];
}

const step = (what: string, who: string, when: string): Step => ({ what, who, when });
const party = (who: string, why: string, when: string): Involvement => ({ who, why, when });

const NEW_STAFF: Situation = {
  title: '(udgave til nye medarbejdere)',
  note: 'Denne udgave bruges i introduktionen af nye medarbejdere.',
  step: step('Gennemgå arbejdsgangen med din makker, før du selv har en sag af denne type', 'Ny medarbejder og makker', 'I den første måned'),
  first: true,
  tag: 'introduktion',
};

const CHILD_SITUATIONS: Situation[] = [
  {
    title: 'ved genansøgning',
    note: 'Denne udgave gælder, når familien søger igen om noget, der tidligere er givet afslag på eller er ophørt.',
    step: step('Læs den tidligere afgørelse, og notér, hvad der har ændret sig siden', 'Sagsbehandler', 'Ved screeningen'),
    first: true,
    check: 'Det er noteret, hvad der har ændret sig siden sidste afgørelse',
    phase: 'sagsåbning',
    tag: 'genansøgning',
    caseType: true,
    inPhases: ['sagsvurdering', 'afgørelse'],
  },
  {
    title: 'ved tilflytning fra en anden kommune',
    note: 'Denne udgave gælder, når familien er flyttet hertil, og barnet allerede får hjælp fra den kommune, familien kom fra.',
    step: step('Bed fraflytningskommunen om sagens akter og den gældende afgørelse', 'Sagsbehandler', 'Inden for 5 arbejdsdage efter tilflytningen'),
    first: true,
    involvement: party('Fraflytningskommunen', 'Hjælpen derfra fortsætter, indtil vi selv har truffet afgørelse', 'Ved tilflytningen'),
    check: 'Sagens akter er modtaget fra fraflytningskommunen',
    phase: 'sagsåbning',
    tag: 'tilflytning',
    caseType: true,
  },
  {
    title: 'når forældrene har brug for tolk',
    note: 'Denne udgave gælder, når forældrene ikke taler eller læser dansk godt nok til at følge sagen uden tolk.',
    step: step('Bestil tolk til møder og telefonsamtaler, og notér sproget på sagen', 'Sagsbehandler', 'Når mødet aftales'),
    first: true,
    check: 'Tolk er bestilt til møderne',
    tag: 'tolk',
  },
  {
    title: 'ved navne- og adressebeskyttelse',
    note: 'Denne udgave gælder, når barnet eller en af forældrene har navne- og adressebeskyttelse.',
    step: step('Tjek, at adressen ikke står i breve, referater eller bestillinger til leverandører', 'Sagsbehandler', 'Før noget sendes ud'),
    first: false,
    check: 'Adressen står ikke i noget, der er sendt ud',
    tag: 'beskyttet adresse',
  },
  {
    title: 'når forældrene bor hver for sig',
    note: 'Denne udgave gælder, når forældrene ikke bor sammen.',
    step: step('Afklar, hvem der har forældremyndigheden, og send breve til begge, når den er fælles', 'Sagsbehandler', 'Ved sagens start'),
    first: true,
    involvement: party('Begge forældre', 'Begge skal høres, når de har fælles forældremyndighed', 'Før afgørelsen'),
    tag: 'delt bopæl',
    caseType: true,
  },
  {
    title: 'når barnet også har en sag i familieafdelingen',
    note: 'Denne udgave gælder, når familien også får støtte fra familieafdelingen.',
    step: step('Aftal med rådgiveren i familieafdelingen, hvem der er familiens faste kontakt', 'Sagsbehandler', 'Før det første møde'),
    first: true,
    involvement: party('Familieafdelingen', 'Så familien ikke får modstridende beskeder', 'Løbende'),
    involved: /familieafdeling/i,
    tag: 'samarbejde',
    caseType: true,
  },
  {
    title: 'når søskende har hver sin sag',
    note: 'Denne udgave gælder, når to eller flere søskende har sager hos os.',
    step: step('Saml møder og breve for søskende, så forældrene ikke skal fortælle det samme flere gange', 'Sagsbehandler', 'Når møderne planlægges'),
    first: true,
    tag: 'søskende',
    caseType: true,
  },
  {
    title: 'når den unge nærmer sig 18 år',
    note: 'Denne udgave gælder for unge over 16 år, hvor hjælpen skal videre til voksenområdet.',
    step: step('Aftal med voksenområdet, hvad der skal ske med indsatsen, når den unge fylder 18', 'Sagsbehandler', 'Senest et år før det 18. år'),
    first: false,
    involvement: party('Voksenområdet', 'Overtager sagen, når den unge fylder 18', 'Senest et år før det 18. år'),
    involved: /voksenområd/i,
    phase: 'opfølgning',
    tag: 'overgang',
    caseType: true,
    inPhases: ['afgørelse', 'opfølgning'],
  },
  {
    title: 'ved akut behov',
    note: 'Denne udgave gælder, når familiens situation er akut og ikke kan vente på den almindelige sagsbehandlingstid.',
    step: step('Vurder sammen med teamlederen, om der skal gives midlertidig hjælp, mens sagen bliver oplyst', 'Sagsbehandler og teamleder', 'Samme dag'),
    first: true,
    phase: 'sagsvurdering',
    tag: 'akut',
    caseType: true,
    inPhases: ['afgørelse'],
  },
  NEW_STAFF,
];

const ADULT_SITUATIONS: Situation[] = [
  {
    title: 'ved genansøgning',
    note: 'Denne udgave gælder, når borgeren søger igen om noget, der tidligere er givet afslag på eller er ophørt.',
    step: step('Læs den tidligere afgørelse, og notér, hvad der har ændret sig siden', 'Sagsbehandler', 'Ved screeningen'),
    first: true,
    check: 'Det er noteret, hvad der har ændret sig siden sidste afgørelse',
    phase: 'sagsåbning',
    tag: 'genansøgning',
    caseType: true,
    inPhases: ['sagsvurdering', 'afgørelse'],
  },
  {
    title: 'ved tilflytning fra en anden kommune',
    note: 'Denne udgave gælder, når borgeren er flyttet hertil og allerede får hjælp fra den kommune, borgeren kom fra.',
    step: step('Bed fraflytningskommunen om sagens akter og den gældende afgørelse', 'Sagsbehandler', 'Inden for 5 arbejdsdage efter tilflytningen'),
    first: true,
    involvement: party('Fraflytningskommunen', 'Hjælpen derfra fortsætter, indtil vi selv har truffet afgørelse', 'Ved tilflytningen'),
    check: 'Sagens akter er modtaget fra fraflytningskommunen',
    phase: 'sagsåbning',
    tag: 'tilflytning',
    caseType: true,
  },
  {
    title: 'når borgeren har brug for tolk',
    note: 'Denne udgave gælder, når borgeren ikke taler eller læser dansk godt nok til at følge sagen uden tolk.',
    step: step('Bestil tolk til møder og telefonsamtaler, og notér sproget på sagen', 'Sagsbehandler', 'Når mødet aftales'),
    first: true,
    check: 'Tolk er bestilt til møderne',
    tag: 'tolk',
  },
  {
    title: 'ved navne- og adressebeskyttelse',
    note: 'Denne udgave gælder, når borgeren har navne- og adressebeskyttelse.',
    step: step('Tjek, at adressen ikke står i breve, referater eller bestillinger til leverandører', 'Sagsbehandler', 'Før noget sendes ud'),
    first: false,
    check: 'Adressen står ikke i noget, der er sendt ud',
    tag: 'beskyttet adresse',
  },
  {
    title: 'når borgeren har en værge',
    note: 'Denne udgave gælder, når borgeren er under værgemål.',
    step: step('Tjek værgemålets omfang, og send breve til værgen, når værgemålet dækker sagen', 'Sagsbehandler', 'Ved sagens start'),
    first: true,
    involvement: party('Værgen', 'Skal inddrages, så langt værgemålet rækker', 'Før afgørelsen'),
    involved: /værge/i,
    tag: 'værgemål',
    caseType: true,
  },
  {
    title: 'når borgeren bor i et botilbud',
    note: 'Denne udgave gælder, når borgeren allerede bor i et botilbud.',
    step: step('Aftal med kontaktpersonen på botilbuddet, hvordan borgeren bedst inddrages', 'Sagsbehandler', 'Før det første møde'),
    first: true,
    involvement: party('Kontaktpersonen på botilbuddet', 'Kender borgerens hverdag og kan støtte borgeren i sagen', 'Under sagen'),
    involved: /botilbud/i,
    tag: 'botilbud',
    caseType: true,
    notFor: ['SEL-107', 'SEL-108'],
  },
  {
    title: 'når henvendelsen kommer fra pårørende',
    note: 'Denne udgave gælder, når det er de pårørende og ikke borgeren selv, der har henvendt sig.',
    step: step('Tal med borgeren selv, og få borgerens samtykke, før sagen behandles videre', 'Sagsbehandler', 'Ved den første kontakt'),
    first: true,
    tag: 'pårørende',
    caseType: true,
    inPhases: ['sagsåbning', 'sagsoplysning'],
  },
  {
    title: 'når borgeren også har en sag i jobcentret',
    note: 'Denne udgave gælder, når borgeren samtidig er i et forløb i jobcentret.',
    step: step('Koordinér med jobcentret, så indsatserne passer sammen', 'Sagsbehandler', 'Ved sagens start'),
    first: true,
    involvement: party('Jobcentret', 'Beskæftigelsesindsatsen og vores indsats skal passe sammen', 'Under sagen'),
    involved: /jobcent/i,
    tag: 'jobcenter',
    caseType: true,
  },
  {
    title: 'når borgeren er i psykiatrisk behandling',
    note: 'Denne udgave gælder, når borgeren er i behandling i psykiatrien.',
    step: step('Aftal med behandleren i psykiatrien, hvordan behandling og indsats hænger sammen', 'Sagsbehandler', 'Før afgørelsen'),
    first: true,
    involvement: party('Psykiatrien', 'Behandlingen og den sociale indsats skal trække samme vej', 'Efter samtykke'),
    involved: /psykiatri/i,
    tag: 'psykiatri',
    caseType: true,
  },
  {
    title: 'ved akut forværring',
    note: 'Denne udgave gælder, når borgerens situation pludselig er blevet værre, og hjælpen ikke kan vente.',
    step: step('Vurder sammen med teamlederen, om der skal gives midlertidig hjælp, mens sagen bliver oplyst', 'Sagsbehandler og teamleder', 'Samme dag'),
    first: true,
    phase: 'sagsvurdering',
    tag: 'akut',
    caseType: true,
    inPhases: ['afgørelse'],
  },
  NEW_STAFF,
];

const GENERAL_SITUATIONS: Situation[] = [
  {
    title: 'når der er brug for tolk',
    note: 'Denne udgave gælder, når borgeren eller forældrene ikke taler eller læser dansk godt nok til at følge sagen uden tolk.',
    step: step('Bestil tolk til møder og telefonsamtaler, og notér sproget på sagen', 'Sagsbehandler', 'Når mødet aftales'),
    first: true,
    check: 'Tolk er bestilt til møderne',
    tag: 'tolk',
  },
  {
    title: 'ved navne- og adressebeskyttelse',
    note: 'Denne udgave gælder, når en part i sagen har navne- og adressebeskyttelse.',
    step: step('Tjek, at adressen ikke står i breve, referater eller bestillinger til leverandører', 'Sagsbehandler', 'Før noget sendes ud'),
    first: false,
    check: 'Adressen står ikke i noget, der er sendt ud',
    tag: 'beskyttet adresse',
  },
  NEW_STAFF,
];

const SITUATIONS: Record<ProcedureArea, Situation[]> = { børn: CHILD_SITUATIONS, voksen: ADULT_SITUATIONS, begge: GENERAL_SITUATIONS };

const teamsOf = (area: Area) => regions.map((r) => `Team ${area === 'børn' ? 'Børn' : 'Voksne'} ${r}`);
const TEAMS: Record<ProcedureArea, string[]> = { børn: teamsOf('børn'), voksen: teamsOf('voksen'), begge: [...teamsOf('børn'), ...teamsOf('voksen')] };
/** The other municipalities in the network (the demo's own is Demoby); only the large size needs them. */
const OTHER_MUNICIPALITIES = ['Eksempelby Kommune', 'Fiktivstrup Kommune', 'Opdigtrup Kommune'];

const CHANGE_NOTES = ['Trin tilføjet efter erfaringer i teamet', 'Nyt trin efter en klagesag', 'Trin tilføjet efter aftale på teammødet', 'Rækkefølgen er rettet, og et trin er tilføjet'];

export interface DemoBase {
  file: string;
  content: ProcedureContent;
}

let baseCache: DemoBase[] | undefined;

/** The local base procedures, read once from resources/demo/procedures. A file that does not parse cleanly is a bug. */
export function demoBaseProcedures(): readonly DemoBase[] {
  if (!baseCache) {
    const dir = resourcesDir('demo', 'procedures');
    baseCache = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((file) => {
        const parsed = parseProcedureMarkdown(fs.readFileSync(path.join(dir, file), 'utf8'));
        if (parsed.unmapped.length) throw new Error(`${file}: ${parsed.unmapped.join('; ')}`);
        return { file, content: procedureContent.parse({ ...parsed.content, ownerId: null }) };
      });
  }
  return baseCache;
}

/** Who may own a demo procedure: by team name and by area (from the team's name). */
export interface DemoOwners {
  byTeam: ReadonlyMap<string, readonly number[]>;
  byArea: Readonly<Record<Area, readonly number[]>>;
  all: readonly number[];
}

export interface PlannedProcedure {
  content: ProcedureContent;
  /** A first version (one step fewer) when the procedure has two versions. */
  earlier: ProcedureContent | null;
  changeNote: string;
  reviewedDaysAgo: number;
  /** How long before the review the first version was saved (two versions only). */
  earlierDaysBefore: number;
}

function ownerFor(rng: Rng, owners: DemoOwners, area: ProcedureArea, team?: string): number | null {
  const pool = (team && owners.byTeam.get(team)) || (area !== 'begge' && owners.byArea[area].length ? owners.byArea[area] : owners.all);
  return pool.length ? rng.pick(pool) : null;
}

function fits(s: Situation, base: ProcedureContent): boolean {
  if (s.caseType && !base.paragraphs.length) return false;
  if (s.inPhases && !base.phases.some((p) => s.inPhases!.includes(p))) return false;
  if (s.notFor && base.paragraphs.some((p) => s.notFor!.includes(p))) return false;
  return true;
}

/** One variant of a base: the situation (or none), the team, and the municipality (or the demo's own). */
function variantOf(base: ProcedureContent, situation: Situation | null, team: string, municipality: string | null): ProcedureContent {
  let steps = base.steps;
  let involvement = base.involvement;
  let checklist = base.checklist;
  let tags = base.tags;
  let phaseList = base.phases;
  const purpose = [base.purpose];
  if (situation) {
    purpose.push(situation.note);
    if (!steps.some((s) => s.what === situation.step.what)) steps = situation.first ? [situation.step, ...steps] : [...steps, situation.step];
    const known = situation.involved ?? null;
    const already = involvement.some((i) => i.who === situation.involvement?.who || (known !== null && known.test(i.who)));
    if (situation.involvement && !already) involvement = [...involvement, situation.involvement];
    if (situation.check && checklist.length && !checklist.includes(situation.check)) checklist = [...checklist, situation.check];
    if (!tags.includes(situation.tag) && tags.length < 20) tags = [...tags, situation.tag];
    if (situation.phase && !phaseList.includes(situation.phase)) phaseList = phases.filter((p) => p === situation.phase || base.phases.includes(p));
  }
  const place = municipality ? `${team}, ${municipality}` : team;
  return {
    ...base,
    title: `${base.title}${situation ? ` ${situation.title}` : ''}, ${place}`,
    purpose: purpose.join('\n\n'),
    steps,
    involvement,
    checklist,
    tags,
    phases: phaseList,
  };
}

/**
 * The combinations of (situation or none, team, municipality or none) for one base, in
 * the order they are used: the demo's own municipality first, and in it the teams the
 * register has; then the other municipalities. Each group is shuffled.
 */
function combinations(rng: Rng, base: ProcedureContent, knownTeams: ReadonlySet<string>): [Situation | null, string, string | null][] {
  const situations: (Situation | null)[] = [null, ...SITUATIONS[base.area].filter((s) => fits(s, base))];
  const teams = TEAMS[base.area];
  const group = (teamList: string[], municipality: string | null) => rng.shuffle(teamList.flatMap((t) => situations.map((s) => [s, t, municipality] as [Situation | null, string, string | null])));
  return [
    ...group(teams.filter((t) => knownTeams.has(t)), null),
    ...group(teams.filter((t) => !knownTeams.has(t)), null),
    ...OTHER_MUNICIPALITIES.flatMap((m) => group(teams, m)),
  ];
}

function withDates(rng: Rng, content: ProcedureContent, maxDaysAgo: number, twoVersions: boolean): PlannedProcedure {
  const reviewedDaysAgo = rng.int(0, maxDaysAgo);
  if (!twoVersions || content.steps.length < 4) return { content, earlier: null, changeNote: 'Oprettet', reviewedDaysAgo, earlierDaysBefore: 0 };
  const earlier = { ...content, steps: content.steps.slice(0, -1) };
  return { content, earlier, changeNote: rng.pick(CHANGE_NOTES), reviewedDaysAgo, earlierDaysBefore: rng.int(30, 400) };
}

/**
 * The demo's local library, `count` procedures: every base first (as far as `count`
 * goes), then variants, taken from the bases in turn so every base is varied about
 * equally. Titles are unique. Pure: the register is only written by the caller.
 */
export function planDemoLibrary(rng: Rng, count: number, owners: DemoOwners): PlannedProcedure[] {
  const bases = demoBaseProcedures().map((b) => b.content);
  const out: PlannedProcedure[] = [];
  const titles = new Set<string>();
  for (const base of bases.slice(0, count)) {
    const content = { ...base, ownerId: ownerFor(rng, owners, base.area) };
    out.push(withDates(rng, content, 400, rng.chance(0.1)));
    titles.add(content.title);
  }
  if (out.length >= count) return out;

  const knownTeams = new Set(owners.byTeam.keys());
  const order = rng.shuffle(bases.map((_, i) => i));
  const queues = order.map((i) => ({ base: bases[i], combos: combinations(rng, bases[i], knownTeams), next: 0 }));
  let added = true;
  while (out.length < count && added) {
    added = false;
    for (const q of queues) {
      if (out.length >= count) break;
      while (q.next < q.combos.length) {
        const [situation, team, municipality] = q.combos[q.next++];
        const variant = variantOf(q.base, situation, team, municipality);
        if (titles.has(variant.title)) continue;
        titles.add(variant.title);
        const content: ProcedureContent = {
          ...variant,
          ownerId: ownerFor(rng, owners, variant.area, team),
          status: rng.weighted([['gældende', 80], ['udkast', 12], ['arkiveret', 8]] as const),
          reviewIntervalMonths: rng.pick([6, 12, 12, 24]),
        };
        out.push(withDates(rng, content, 730, rng.chance(0.15)));
        added = true;
        break;
      }
    }
  }
  return out;
}

async function ownersIn(db: Db): Promise<DemoOwners> {
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('teams as t', 't.id', 'u.team_id')
    .select((eb) => ['u.id', eb.fn.coalesce('t.name', sql.lit('')).as('team')])
    .where('u.active', '=', 1)
    .where('u.role', 'in', ['superbruger', 'teamleder', 'sagsbehandler'])
    .orderBy('u.id')
    .execute();
  const byTeam = new Map<string, number[]>();
  const byArea: Record<Area, number[]> = { børn: [], voksen: [] };
  for (const r of rows) {
    byTeam.set(r.team, [...(byTeam.get(r.team) ?? []), r.id]);
    if (/børn/i.test(r.team)) byArea.børn.push(r.id);
    else if (/voks/i.test(r.team)) byArea.voksen.push(r.id);
  }
  return { byTeam, byArea, all: rows.map((r) => r.id) };
}

export async function fillProceduresDemo(db: Db, ctx: DemoFeatureContext): Promise<void> {
  const rng = new Rng(ctx.seed ^ 0x5eed_0006);
  const today = dayOfDate(ctx.today);
  const owners = await ownersIn(db);
  const leaders = (
    await db.selectFrom('users').select('id').where('active', '=', 1).where('role', 'in', ['superbruger', 'teamleder']).orderBy('id').execute()
  ).map((r) => r.id);
  if (!owners.all.length) return;
  const keepers = leaders.length ? leaders : owners.all;

  // The shipped defaults get an owner, as a superuser would assign them.
  for (const { id } of await db.selectFrom('procedures').select('id').orderBy('id').execute()) {
    await db.updateTable('procedures').set({ owner_id: rng.pick(keepers) }).where('id', '=', id).execute();
  }

  // Saved in the morning of the review day, never later than the moment of generation.
  const nowIso = ctx.today.toISOString();
  const savedAt = (day: number) => {
    const s = stampOfDay(day, 9 * 60);
    return s > nowIso ? nowIso : s;
  };
  // Through saveProcedure, which keeps the versions, links and search indexes together.
  for (const p of planDemoLibrary(rng, PER_UNIT * ctx.scale, owners)) {
    const by = p.content.ownerId;
    // Reviewed up to two years ago, so some are overdue ("Kan være forældet").
    const reviewedDay = today - p.reviewedDaysAgo;
    const meta = { changeNote: p.changeNote, by, at: savedAt(reviewedDay), lastReviewed: isoOfDay(reviewedDay), lastReviewedBy: by };
    if (p.earlier) {
      const firstDay = reviewedDay - p.earlierDaysBefore;
      const id = await saveProcedure(db, p.earlier, { changeNote: 'Oprettet', by, at: savedAt(firstDay), lastReviewed: isoOfDay(firstDay), lastReviewedBy: by });
      await saveProcedure(db, p.content, meta, { id, version: 1 });
    } else {
      await saveProcedure(db, p.content, meta);
    }
  }

  // A first-meeting checklist in progress on some new children's cases.
  const meeting = await db
    .selectFrom('procedures as p')
    .innerJoin('procedure_versions as v', (join) => join.onRef('v.procedure_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'))
    .select(['p.id', 'p.current_version as v', 'v.content'])
    .where('p.title', '=', 'Første møde med familien')
    .orderBy('p.id')
    .executeTakeFirst();
  if (!meeting) return;
  const checklist = (JSON.parse(meeting.content) as ProcedureContent).checklist;
  const items = JSON.stringify(checklist);
  const cases = await db
    .selectFrom('cases')
    .select(['id', 'caseworker_id'])
    .where('area', '=', 'børn')
    .where('phase', 'in', ['sagsåbning', 'sagsoplysning'])
    .where('state', '=', 'åben')
    .orderBy('id')
    .limit(20 * ctx.scale)
    .execute();
  const ticks: Insertable<DB['checklist_ticks']>[] = [];
  for (const c of cases) {
    const day = today - rng.int(1, 30);
    const { id: runId } = await db
      .insertInto('checklist_runs')
      .values({ case_id: c.id, procedure_id: meeting.id, version: meeting.v, items, started_by: c.caseworker_id, started_at: stampOfDay(day, 9 * 60) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const done = rng.int(0, checklist.length);
    for (let i = 0; i < done; i++) ticks.push({ run_id: runId, item_index: i, checked: 1, by_user: c.caseworker_id, at: stampOfDay(day, 10 * 60 + i) });
  }
  await insertRows(db, 'checklist_ticks', ticks);
}
