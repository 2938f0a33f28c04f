/**
 * Demo stamkort: most children's cards filled in realistically (parents with custody,
 * siblings, daycare or school, diagnoses with ICD-10 codes, partners), adults' cards
 * more sparsely; some incomplete, some never or long ago confirmed, so completeness
 * marks and reminders show on first start. Planned in memory, written in multi-row inserts.
 */
import type { Insertable } from 'kysely';
import type { DB } from '../../db/schema';
import type { Db } from '../../db/transaction';
import { insertRows } from '../../demo/batch';
import type { DemoFeatureContext } from '../../demo/feature';
import { femaleFirstNames, maleFirstNames, personName, surnames } from '../../demo/names';
import { dayOfDate, isoOfDay, Rng, stampOfDay } from '../../demo/random';
import type { SectionKey } from '../../../../shared/features/stamkort';
import { diffSection, type StoredSection } from './rules';

/**
 * A diagnosis with who usually makes it and who treats or supports the citizen because
 * of it (CP: the neuropaediatric department, physio- and occupational therapists; a
 * severe visual impairment: the eye department or Kennedy Centret, a vision consultant).
 */
interface DiagnosisWord {
  text: string;
  icd10: string;
  /** The ages, in days, at which it is usually diagnosed (Downs syndrome at birth, ADHD from school age). */
  fromDays: number;
  toDays: number;
  diagnosedBy: readonly string[];
  /** Who made it when it was made in childhood, if not the same (an adult's autism found by the child psychiatry). */
  childBy: readonly string[];
  /** [role, organisation] */
  partners: readonly (readonly [string, string])[];
}
const d = (
  text: string,
  icd10: string,
  [fromYears, toYears]: [number, number],
  diagnosedBy: string[],
  partners: [string, string][],
  childBy: string[] = diagnosedBy,
): DiagnosisWord => ({
  text,
  icd10,
  fromDays: Math.round(fromYears * 365),
  toDays: Math.round(toYears * 365),
  diagnosedBy,
  childBy,
  partners,
});

const BUP = 'Børne- og ungdomspsykiatrien';
const PAEDIATRICS = 'Børneafdelingen, regionshospitalet';
const NEUROPAEDIATRICS = 'Neuropædiatrisk ambulatorium, Børneafdelingen';
const CHILD_THERAPY = 'Kommunal børneterapi';
const CHILD_DIAGNOSES: DiagnosisWord[] = [
  d('Infantil autisme', 'DF84.0', [2, 12], [BUP], [['Psykolog', 'PPR'], ['Autismekonsulent', 'PPR'], ['Læge', BUP]]),
  d('Aspergers syndrom', 'DF84.5', [5, 15], [BUP], [['Psykolog', 'PPR'], ['Autismekonsulent', 'PPR']]),
  d('ADHD', 'DF90.0', [5, 15], [BUP], [['Læge (medicinsk behandling)', BUP], ['Psykolog', 'PPR']]),
  d('Spastisk cerebral parese', 'DG80.0', [0.5, 3], [NEUROPAEDIATRICS, PAEDIATRICS], [
    ['Fysioterapeut', CHILD_THERAPY], ['Ergoterapeut', CHILD_THERAPY], ['Læge', NEUROPAEDIATRICS], ['Hjælpemiddelkonsulent', 'Hjælpemiddelcentret'],
  ]),
  d('Downs syndrom', 'DQ90.9', [0, 0.05], [PAEDIATRICS, 'Neonatalafdelingen, regionshospitalet'], [
    ['Fysioterapeut', CHILD_THERAPY], ['Talepædagog', 'PPR'], ['Børnekardiolog', 'Børnekardiologisk ambulatorium'], ['Læge', PAEDIATRICS],
  ]),
  d('Lettere mental retardering', 'DF70.0', [3, 10], [BUP, PAEDIATRICS], [['Psykolog', 'PPR'], ['Talepædagog', 'PPR']]),
  d('Epilepsi', 'DG40.9', [0.1, 15], [NEUROPAEDIATRICS, 'Epilepsihospitalet Filadelfia'], [
    ['Epilepsisygeplejerske', NEUROPAEDIATRICS], ['Epilepsikonsulent', 'Epilepsihospitalet Filadelfia'], ['Psykolog', 'PPR'],
  ]),
  d('Udviklingsforstyrrelse af motorikken', 'DF82.9', [2, 8], [PAEDIATRICS], [['Fysioterapeut', CHILD_THERAPY], ['Ergoterapeut', CHILD_THERAPY]]),
  d('Cystisk fibrose', 'DE84.9', [0, 1], ['CF-centret, Rigshospitalet', 'CF-centret, Aarhus Universitetshospital'], [
    ['Fysioterapeut', 'CF-centret'], ['Diætist', 'CF-centret'], ['Sygeplejerske', 'CF-centret'],
  ]),
  d('Svært nedsat syn', 'DH54.2', [0.2, 10], ['Øjenafdelingen, regionshospitalet', 'Kennedy Centret'], [
    ['Synskonsulent', 'Kommunikationscentret'], ['Mobilityinstruktør', 'Kommunikationscentret'],
  ]),
  d('Dobbeltsidigt sensorineuralt høretab', 'DH90.3', [0, 4], ['Audiologisk afdeling, regionshospitalet', 'Høreklinikken, Øre-næse-hals-afdelingen'], [
    ['Hørekonsulent', 'PPR'], ['Audiologopæd', 'Kommunikationscentret'],
  ]),
  d('Muskeldystrofi', 'DG71.0', [2, 10], [NEUROPAEDIATRICS, PAEDIATRICS], [
    ['Fysioterapeut', CHILD_THERAPY], ['Ergoterapeut', CHILD_THERAPY], ['Rådgiver', 'RehabiliteringsCenter for Muskelsvind'],
  ]),
];

const ADULT_PSYCHIATRY = 'Psykiatrisk ambulatorium, Regionspsykiatrien';
const NEUROLOGY = 'Neurologisk afdeling, regionshospitalet';
const ADULT_DIAGNOSES: DiagnosisWord[] = [
  d('Infantil autisme', 'DF84.0', [2, 40], [ADULT_PSYCHIATRY], [['Bostøttemedarbejder', 'Bostøtten'], ['Kontaktperson', 'Botilbuddet Lindely']], [BUP]),
  d('Aspergers syndrom', 'DF84.5', [5, 45], [ADULT_PSYCHIATRY], [['Bostøttemedarbejder', 'Bostøtten'], ['Jobkonsulent', 'Jobcentret']], [BUP]),
  d('ADHD', 'DF90.0', [5, 45], [ADULT_PSYCHIATRY], [['Læge (medicinsk behandling)', ADULT_PSYCHIATRY], ['Jobkonsulent', 'Jobcentret']], [BUP]),
  d('Spastisk cerebral parese', 'DG80.0', [0.5, 3], [NEUROLOGY], [['Fysioterapeut', 'Kommunal genoptræning'], ['Ergoterapeut', 'Hjælpemiddelcentret']], [NEUROPAEDIATRICS, PAEDIATRICS]),
  d('Downs syndrom', 'DQ90.9', [0, 0.05], [PAEDIATRICS], [['Kontaktperson', 'Botilbuddet Lindely'], ['Kontaktperson', 'Værkstedet Demoby']]),
  d('Lettere mental retardering', 'DF70.0', [3, 20], [ADULT_PSYCHIATRY], [['Bostøttemedarbejder', 'Bostøtten'], ['Kontaktperson', 'Værkstedet Demoby']], [BUP, PAEDIATRICS]),
  d('Epilepsi', 'DG40.9', [0.1, 60], [NEUROLOGY, 'Epilepsihospitalet Filadelfia'], [['Epilepsisygeplejerske', 'Neurologisk ambulatorium'], ['Konsulent', 'Epilepsihospitalet Filadelfia']], [
    NEUROPAEDIATRICS, 'Epilepsihospitalet Filadelfia',
  ]),
  d('Dissemineret sklerose', 'DG35.9', [20, 50], ['Scleroseklinikken, Neurologisk afdeling'], [['Sygeplejerske', 'Scleroseklinikken'], ['Fysioterapeut', 'Kommunal genoptræning'], ['Ergoterapeut', 'Hjælpemiddelcentret']]),
  d('Følger efter apopleksi', 'DI69.4', [30, 70], [NEUROLOGY], [['Hjerneskadekoordinator', 'Kommunens hjerneskadeteam'], ['Ergoterapeut', 'Kommunal genoptræning']]),
  d('Paranoid skizofreni', 'DF20.0', [18, 35], ['Psykiatrisk Center, Regionspsykiatrien', 'Distriktspsykiatrien'], [['Kontaktperson', 'Distriktspsykiatrien'], ['Bostøttemedarbejder', 'Socialpsykiatrien']]),
  d('Svært nedsat syn', 'DH54.2', [0.2, 60], ['Øjenafdelingen, regionshospitalet'], [['Synskonsulent', 'Kommunikationscentret']], ['Øjenafdelingen, regionshospitalet', 'Kennedy Centret']),
  d('Muskeldystrofi', 'DG71.0', [2, 30], [NEUROLOGY, 'Neuromuskulær klinik, regionshospitalet'], [['Rådgiver', 'RehabiliteringsCenter for Muskelsvind'], ['Ergoterapeut', 'Hjælpemiddelcentret']], [NEUROPAEDIATRICS]),
];

const DAYCARES = ['Børnehuset Mælkebøtten', 'Vuggestuen Solstrålen', 'Børnehaven Kastanjen', 'Naturbørnehaven Egern'];
const SCHOOLS = ['Ådalens Skole', 'Bakkeskolen', 'Specialskolen Løvspring', 'Havneskolen', 'Skovbrynets Friskole'];
/** Partners every child may have besides those of the diagnoses: the health visitor for the youngest, then PPR. */
const FAMILY_DOCTOR: [string, string] = ['Egen læge', 'Lægehuset ved Torvet'];
const PARTNERS_SMALL_CHILD: [string, string][] = [['Sundhedsplejerske', 'Sundhedsplejen'], FAMILY_DOCTOR];
const PARTNERS_SCHOOL_CHILD: [string, string][] = [['Psykolog', 'PPR'], FAMILY_DOCTOR];
const PARTNERS_ADULT: [string, string][] = [['Bostøttemedarbejder', 'Bostøtten'], FAMILY_DOCTOR, ['Jobkonsulent', 'Jobcentret']];

const BOTILBUD_CONTACT: readonly [string, string] = ['Kontaktperson', 'Botilbuddet Lindely'];

/** `count` partners (no two alike): the required ones, then drawn from the pool. */
function partnersFrom(rng: Rng, required: readonly (readonly [string, string])[], pool: readonly (readonly [string, string])[], count: number) {
  const seen = new Set<string>();
  const chosen: (readonly [string, string])[] = [];
  for (const p of [...required, ...rng.shuffle([...pool])]) {
    const key = p.join('|');
    if (chosen.length >= Math.max(count, required.length) || seen.has(key)) continue;
    seen.add(key);
    chosen.push(p);
  }
  return chosen.map(([role, organisation]) => {
    const name = personName(rng, rng.chance(0.7) ? 'kvinde' : 'mand');
    return { role, name, organisation, phone: phone(rng), email: rng.chance(0.5) ? mail(name) : '' };
  });
}

/** Up to `count` diagnoses (no two alike) that fit the age, each dated at an age it is usually made at. */
function diagnosesFor(rng: Rng, list: readonly DiagnosisWord[], count: number, birthDay: number, todayDay: number) {
  const latest = todayDay - 14; // not diagnosed in the last fortnight: the card was filled in after it
  const fitting = list.filter((w) => birthDay + w.fromDays <= latest);
  const pool = fitting.length ? fitting : list.filter((w) => w.fromDays === 0);
  return rng
    .shuffle([...pool])
    .slice(0, count)
    .map((w) => {
      const day = Math.min(todayDay - 1, birthDay + rng.int(w.fromDays, Math.max(w.fromDays, Math.min(w.toDays, latest - birthDay))));
      const by = day - birthDay < 18 * 365 ? w.childBy : w.diagnosedBy;
      return { word: w, entry: { text: w.text, icd10: w.icd10, date: isoOfDay(day), diagnosedBy: rng.pick(by) } };
    });
}

const phone = (rng: Rng) => `${rng.pick(['2', '3', '4', '5', '6', '7', '9'])}${rng.int(1000000, 9999999)}`.replace(/(\d{2})(\d{2})(\d{2})(\d{2})/, '$1 $2 $3 $4');
const mail = (name: string) =>
  `${name.split(' ')[0].toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')}@eksempel.dk`;

interface Citizen {
  id: number;
  name: string;
  birth_date: string;
  area: 'børn' | 'voksen';
  caseworker_id: number;
}

function childCard(rng: Rng, c: Citizen, todayDay: number): Partial<Record<SectionKey, StoredSection>> {
  const surname = c.name.split(' ').slice(-1)[0];
  const birthDay = Date.parse(c.birth_date) / 86_400_000;
  const age = Math.floor((todayDay - birthDay) / 365.25);
  const mother = `${rng.pick(femaleFirstNames)} ${surname}`;
  const father = `${rng.pick(maleFirstNames)} ${rng.chance(0.7) ? surname : rng.pick(surnames)}`;
  const apart = rng.chance(0.3);
  const incomplete = rng.chance(0.15);
  const parents = [
    { name: mother, relation: 'Mor', custody: true, phone: incomplete ? '' : phone(rng), email: incomplete ? '' : mail(mother), address: '', partyRepresentative: false, guardian: false },
    { name: father, relation: 'Far', custody: !apart || rng.chance(0.6), phone: phone(rng), email: rng.chance(0.5) ? mail(father) : '', address: apart ? `Birkevænget ${rng.int(1, 80)}, 8999 Demoby` : '', partyRepresentative: false, guardian: false },
  ];
  const siblings = Array.from({ length: rng.weighted([[0, 3], [1, 4], [2, 2], [3, 1]] as const) }, () => {
    const born = birthDay + rng.int(-3000, 3000);
    return {
      name: `${personName(rng, rng.chance(0.5) ? 'mand' : 'kvinde').split(' ')[0]} ${surname}`,
      birthDate: born < todayDay ? isoOfDay(born) : null,
      age: null,
      livesWithChild: rng.chance(0.8),
    };
  }).filter((s) => s.birthDate !== null);
  const arrangement = rng.weighted([['hjemme', 7], ['delt_bopael', apart ? 4 : 0], ['anbragt', 1]] as const);
  const livesWith = arrangement === 'anbragt' ? 'Plejefamilie' : arrangement === 'delt_bopael' ? 'Mor og far (delt bopæl)' : apart ? 'Mor' : 'Mor og far';
  const household = [{ livesWith, address: arrangement === 'anbragt' ? 'Plejefamilie i Demoby' : '', arrangement, fromDate: incomplete ? null : isoOfDay(Math.min(todayDay - 10, birthDay + rng.int(0, 2000))) }];
  const school =
    age < 1
      ? []
      : [
          {
            institution: age < 6 ? rng.pick(DAYCARES) : rng.pick(SCHOOLS),
            group: age < 6 ? rng.pick(['Sommerfuglene', 'Mariehønen', 'Bjørnene']) : `${Math.min(age - 6, 9)}.${rng.pick(['a', 'b', 'c'])}`,
            contactPerson: incomplete && rng.chance(0.5) ? '' : personName(rng, 'kvinde'),
            phone: phone(rng),
          },
        ];
  const diagnosed = diagnosesFor(rng, CHILD_DIAGNOSES, rng.int(1, 2), birthDay, todayDay);
  const diagnoses = diagnosed.map((x) => x.entry);
  // Someone who treats the first diagnosis, then others of the diagnoses or those every child of that age has.
  const treating = diagnosed.flatMap((x) => x.word.partners);
  const partners = partnersFrom(rng, [rng.pick(diagnosed[0].word.partners)], [...treating, ...(age < 6 ? PARTNERS_SMALL_CHILD : PARTNERS_SCHOOL_CHILD)], rng.int(1, 3));
  const card: Partial<Record<SectionKey, StoredSection>> = {
    parents: { none: false, entries: parents },
    siblings: { none: siblings.length === 0, entries: siblings },
    household: { none: false, entries: household },
    school: { none: school.length === 0, entries: school },
    diagnoses: { none: false, entries: diagnoses },
    partners: { none: false, entries: partners },
  };
  // Some cards are only half done: a section or two never filled in.
  if (incomplete) delete card[rng.pick(['school', 'partners', 'siblings'] as const)];
  return card;
}

function adultCard(rng: Rng, c: Citizen, todayDay: number): Partial<Record<SectionKey, StoredSection>> {
  const relative = personName(rng, rng.chance(0.6) ? 'kvinde' : 'mand');
  const birthDay = Date.parse(c.birth_date) / 86_400_000;
  const arrangement = rng.pick(['eget_hjem', 'botilbud', 'hjemme'] as const);
  const diagnosed = diagnosesFor(rng, ADULT_DIAGNOSES, 1, birthDay, todayDay);
  // The contact person at the home for those who live in a botilbud, else someone who treats or supports because of the
  // diagnosis; then support, doctor or job centre.
  const treating = diagnosed[0].word.partners.filter(([, org]) => !org.startsWith('Botilbud'));
  const home = arrangement === 'botilbud' ? [BOTILBUD_CONTACT] : treating.length ? [rng.pick(treating)] : [];
  const others = [...treating, ...PARTNERS_ADULT];
  return {
    parents: { none: false, entries: [{ name: relative, relation: rng.pick(['Mor', 'Søster', 'Ægtefælle', 'Far']), custody: false, phone: phone(rng), email: '', address: '', partyRepresentative: rng.chance(0.3), guardian: rng.chance(0.1) }] },
    household: { none: false, entries: [{ livesWith: arrangement === 'botilbud' ? 'Botilbud' : rng.pick(['Bor alene', 'Ægtefælle', 'Forældre']), address: '', arrangement, fromDate: isoOfDay(Math.min(todayDay - 30, birthDay + 18 * 365 + rng.int(0, 2000))) }] },
    diagnoses: { none: false, entries: diagnosed.map((x) => x.entry) },
    partners: { none: false, entries: partnersFrom(rng, home, others, rng.int(1, 2)) },
  };
}

/** History rows held before the rows are written. */
const FLUSH_AT = 10_000;

export async function fillStamkortDemo(db: Db, ctx: DemoFeatureContext): Promise<void> {
  const rng = new Rng(ctx.seed ^ 0x5ca7c0);
  const today = dayOfDate(ctx.today);
  // Each citizen's newest case decides the area and who kept the card.
  const citizens = (await db
    .selectFrom('citizens as z')
    .innerJoin('cases as c', (join) =>
      join.on('c.id', '=', (eb) => eb.selectFrom('cases as x').select((x) => x.fn.max('x.id').as('id')).whereRef('x.citizen_id', '=', 'z.id')),
    )
    .select(['z.id', 'z.name', 'z.birth_date', 'c.area', 'c.caseworker_id'])
    .orderBy('z.id')
    .execute()) as Citizen[];
  let cards: Insertable<DB['stamkort']>[] = [];
  let sectionRows: Insertable<DB['stamkort_sections']>[] = [];
  let history: Insertable<DB['stamkort_history']>[] = [];
  let confirmations: Insertable<DB['stamkort_confirmations']>[] = [];
  // The cards before what refers to them; ids in each table in citizen order, as ever.
  const flush = async () => {
    await insertRows(db, 'stamkort', cards);
    await insertRows(db, 'stamkort_sections', sectionRows);
    await insertRows(db, 'stamkort_history', history);
    await insertRows(db, 'stamkort_confirmations', confirmations);
    [cards, sectionRows, history, confirmations] = [[], [], [], []];
  };
  for (const c of citizens) {
    if (!rng.chance(c.area === 'børn' ? 0.85 : 0.5)) continue;
    const card = c.area === 'børn' ? childCard(rng, c, today) : adultCard(rng, c, today);
    // Filled in some weeks before the last review; about a third never or long ago reviewed.
    const confirmedDay = rng.chance(0.2) ? null : today - rng.weighted([[rng.int(0, 80), 6], [rng.int(91, 400), 3]] as const);
    const filledDay = (confirmedDay ?? today) - rng.int(1, 40);
    const filledAt = stampOfDay(filledDay, 9 * 60 + rng.int(0, 420));
    const sections = Object.entries(card) as [SectionKey, StoredSection][];
    const confirmedAt = confirmedDay === null ? null : stampOfDay(confirmedDay, 15 * 60);
    cards.push({
      citizen_id: c.id,
      version: sections.length + (confirmedDay === null ? 0 : 1),
      confirmed_on: confirmedDay === null ? null : isoOfDay(confirmedDay),
      confirmed_at: confirmedAt,
      confirmed_by: confirmedDay === null ? null : c.caseworker_id,
      updated_at: confirmedAt ?? filledAt,
    });
    for (const [key, data] of sections) {
      sectionRows.push({ citizen_id: c.id, section: key, data: JSON.stringify(data), version: 1, updated_at: filledAt, updated_by: c.caseworker_id });
      for (const ch of diffSection(null, data)) {
        history.push({ citizen_id: c.id, section: key, version: 1, field: ch.field, old_value: ch.oldValue, new_value: ch.newValue, changed_at: filledAt, changed_by: c.caseworker_id });
      }
    }
    if (confirmedAt !== null) confirmations.push({ citizen_id: c.id, confirmed_on: isoOfDay(confirmedDay!), confirmed_at: confirmedAt, confirmed_by: c.caseworker_id });
    // Written now and then, so the large size (~30,000 cards) never sits in memory whole.
    if (history.length >= FLUSH_AT) await flush();
  }
  await flush();
}
