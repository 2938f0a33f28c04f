/**
 * Demo stamkort: most children's cards filled in realistically (parents with custody,
 * siblings, daycare or school, diagnoses with ICD-10 codes, partners), adults' cards
 * more sparsely; some incomplete, some never or long ago confirmed, so completeness
 * marks and reminders show on first start. Raw prepared statements for speed.
 */
import type Database from 'better-sqlite3';
import type { DemoFeatureContext } from '../../demo/feature';
import { femaleFirstNames, maleFirstNames, personName, surnames } from '../../demo/names';
import { dayOfDate, isoOfDay, Rng, stampOfDay } from '../../demo/random';
import type { SectionKey } from '../../../../shared/features/stamkort';
import { diffSection, type StoredSection } from './rules';

const DIAGNOSES: [string, string][] = [
  ['Infantil autisme', 'DF84.0'],
  ['Aspergers syndrom', 'DF84.5'],
  ['ADHD', 'DF90.0'],
  ['Spastisk cerebral parese', 'DG80.0'],
  ['Downs syndrom', 'DQ90.9'],
  ['Lettere mental retardering', 'DF70.0'],
  ['Epilepsi', 'DG40.9'],
  ['Udviklingsforstyrrelse af motorikken', 'DF82.9'],
  ['Cystisk fibrose', 'DE84.9'],
  ['Svært nedsat syn', 'DH54.2'],
  ['Muskeldystrofi', 'DG71.0'],
];
const DIAGNOSED_BY = ['Børne- og ungdomspsykiatrien', 'Børneafdelingen, regionshospitalet', 'Neuropædiatrisk ambulatorium', 'Egen læge', 'Øjenklinikken'];
const DAYCARES = ['Børnehuset Mælkebøtten', 'Vuggestuen Solstrålen', 'Børnehaven Kastanjen', 'Naturbørnehaven Egern'];
const SCHOOLS = ['Ådalens Skole', 'Bakkeskolen', 'Specialskolen Løvspring', 'Havneskolen', 'Skovbrynets Friskole'];
const PARTNERS_CHILD: [string, string][] = [
  ['Psykolog', 'PPR'],
  ['Sundhedsplejerske', 'Sundhedsplejen'],
  ['Fysioterapeut', 'Kommunal børneterapi'],
  ['Ergoterapeut', 'Kommunal børneterapi'],
  ['Egen læge', 'Lægehuset ved Torvet'],
  ['Talepædagog', 'PPR'],
];
const PARTNERS_ADULT: [string, string][] = [
  ['Bostøtte', 'Socialpsykiatrien'],
  ['Egen læge', 'Lægehuset ved Torvet'],
  ['Jobkonsulent', 'Jobcentret'],
  ['Kontaktperson', 'Botilbuddet Lindely'],
];

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
  const diagnoses = Array.from({ length: rng.int(1, 2) }, () => {
    const [text, icd10] = rng.pick(DIAGNOSES);
    return { text, icd10, date: isoOfDay(Math.max(birthDay + 100, todayDay - rng.int(30, 3000))), diagnosedBy: rng.pick(DIAGNOSED_BY) };
  });
  const partners = Array.from({ length: rng.int(1, 3) }, () => {
    const [role, organisation] = rng.pick(PARTNERS_CHILD);
    const name = personName(rng, rng.chance(0.7) ? 'kvinde' : 'mand');
    return { role, name, organisation, phone: phone(rng), email: rng.chance(0.5) ? mail(name) : '' };
  });
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
  const [text, icd10] = rng.pick(DIAGNOSES);
  const [role, organisation] = rng.pick(PARTNERS_ADULT);
  const birthDay = Date.parse(c.birth_date) / 86_400_000;
  return {
    parents: { none: false, entries: [{ name: relative, relation: rng.pick(['Mor', 'Søster', 'Ægtefælle', 'Far']), custody: false, phone: phone(rng), email: '', address: '', partyRepresentative: rng.chance(0.3), guardian: rng.chance(0.1) }] },
    household: { none: false, entries: [{ livesWith: rng.pick(['Bor alene', 'Ægtefælle', 'Forældre']), address: '', arrangement: rng.pick(['eget_hjem', 'botilbud', 'hjemme'] as const), fromDate: isoOfDay(Math.min(todayDay - 30, birthDay + 18 * 365 + rng.int(0, 2000))) }] },
    diagnoses: { none: false, entries: [{ text, icd10, date: isoOfDay(todayDay - rng.int(200, 6000)), diagnosedBy: rng.pick(DIAGNOSED_BY) }] },
    partners: { none: false, entries: [{ role, name: personName(rng, 'kvinde'), organisation, phone: phone(rng), email: '' }] },
  };
}

export function fillStamkortDemo(raw: Database.Database, ctx: DemoFeatureContext): void {
  const rng = new Rng(ctx.seed ^ 0x5ca7c0);
  const today = dayOfDate(ctx.today);
  // Each citizen's newest case decides the area and who kept the card.
  const citizens = raw
    .prepare(
      `SELECT z.id, z.name, z.birth_date, c.area, c.caseworker_id, max(c.id) AS case_id
       FROM cases c JOIN citizens z ON z.id = c.citizen_id GROUP BY c.citizen_id ORDER BY z.id`,
    )
    .all() as Citizen[];
  const insCard = raw.prepare('INSERT INTO stamkort (citizen_id, version, confirmed_on, confirmed_at, confirmed_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insSection = raw.prepare('INSERT INTO stamkort_sections (citizen_id, section, data, version, updated_at, updated_by) VALUES (?, ?, ?, 1, ?, ?)');
  const insHistory = raw.prepare(
    'INSERT INTO stamkort_history (citizen_id, section, version, field, old_value, new_value, changed_at, changed_by) VALUES (?, ?, 1, ?, ?, ?, ?, ?)',
  );
  const insConfirm = raw.prepare('INSERT INTO stamkort_confirmations (citizen_id, confirmed_on, confirmed_at, confirmed_by) VALUES (?, ?, ?, ?)');
  for (const c of citizens) {
    if (!rng.chance(c.area === 'børn' ? 0.85 : 0.5)) continue;
    const card = c.area === 'børn' ? childCard(rng, c, today) : adultCard(rng, c, today);
    // Filled in some weeks before the last review; about a third never or long ago reviewed.
    const confirmedDay = rng.chance(0.2) ? null : today - rng.weighted([[rng.int(0, 80), 6], [rng.int(91, 400), 3]] as const);
    const filledDay = (confirmedDay ?? today) - rng.int(1, 40);
    const filledAt = stampOfDay(filledDay, 9 * 60 + rng.int(0, 420));
    const sections = Object.entries(card) as [SectionKey, StoredSection][];
    const confirmedAt = confirmedDay === null ? null : stampOfDay(confirmedDay, 15 * 60);
    insCard.run(c.id, sections.length + (confirmedDay === null ? 0 : 1), confirmedDay === null ? null : isoOfDay(confirmedDay), confirmedAt, confirmedDay === null ? null : c.caseworker_id, confirmedAt ?? filledAt);
    for (const [key, data] of sections) {
      insSection.run(c.id, key, JSON.stringify(data), filledAt, c.caseworker_id);
      for (const ch of diffSection(null, data)) insHistory.run(c.id, key, ch.field, ch.oldValue, ch.newValue, filledAt, c.caseworker_id);
    }
    if (confirmedDay !== null) insConfirm.run(c.id, isoOfDay(confirmedDay), confirmedAt, c.caseworker_id);
  }
}
