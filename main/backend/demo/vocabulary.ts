/**
 * Words the demo register is made of: activity names from the standard naming list
 * (resources/activity-names.json) and the legacy names real registers carry,
 * with short notes, reasons for changing caseworker, KLE numbers per case type,
 * and services per paragraph. Demo values, plausible rather than authoritative.
 */
import type { Area } from '../../../shared/domain/enums';
import { Rng } from './random';

export interface ActivityWord {
  name: string;
  notes: readonly string[];
}

const a = (name: string, ...notes: string[]): ActivityWord => ({ name, notes });

export const openingActivities = [
  a('Ansøgning modtaget', 'Ansøgning modtaget via digital selvbetjening.', 'Ansøgningsskema modtaget med bilag.', 'Ansøgning modtaget pr. brev.'),
  a('Henvendelse modtaget', 'Telefonisk henvendelse fra forælder.', 'Henvendelse fra sundhedsplejen.', 'Henvendelse fra egen læge.'),
] as const;

const early = [
  a('Kvittering sendt', 'Kvittering med forventet sagsbehandlingstid sendt via digital post.'),
  a('Samtykke indhentet', 'Skriftligt samtykke modtaget.', 'Mundtligt samtykke givet under samtale, noteret.'),
  a('Lægeoplysninger indhentet', 'Lægeerklæring bestilt.', 'Lægeerklæring modtaget og lagt på sagen.'),
  a('Telefonsamtale', 'Forventninger til sagsforløbet afstemt.', 'Orienteret om manglende oplysninger.', ''),
  a('Journalnotat', 'Sagen gennemgået, mangler oplysninger fra behandler.', 'Status noteret.', ''),
] as const;

const middle = [
  a('Hjemmebesøg', 'Hjemmebesøg gennemført, funktionsniveau vurderet.', 'Hjemmebesøg aflyst, ny tid aftalt.'),
  a('Sagen drøftet på teammøde', 'Drøftet på teammøde, indstilling aftalt.', 'Faglig sparring om vurderingen.'),
  a('Partshøring sendt', 'Partshøring sendt med svarfrist 14 dage.', 'Partshøring sendt via digital post.'),
  a('Svar på partshøring modtaget', 'Bemærkninger modtaget og indgår i vurderingen.', 'Ingen bemærkninger inden fristen.'),
  a('Journalnotat', 'Vurdering skrevet.', 'Oplysninger fra møde noteret.', ''),
  a('Journalnotat', 'Sagen gennemgået.', ''),
] as const;

const late = [
  a('Opfølgning', 'Opfølgning gennemført, indsatsen fortsætter uændret.', 'Opfølgning: mål justeret.', 'Opfølgning: behov for revurdering.'),
  a('Opfølgning', 'Opfølgningsmøde holdt, status noteret.', 'Opfølgning: indsatsen virker efter hensigten.'),
  a('Statusudtalelse modtaget', 'Statusudtalelse fra leverandør modtaget.', 'Statusudtalelse fra skole modtaget.'),
  a('Telefonsamtale', 'Borgeren ringede med spørgsmål til bevillingen.', 'Aftalt tid til opfølgning.', ''),
  a('Journalnotat', 'Status efter opfølgning noteret.', 'Faktura kontrolleret mod bevillingen.', ''),
  a('Bestilling sendt til leverandør', 'Bestilling sendt, opstart aftalt.', 'Justeret bestilling sendt.'),
] as const;

const meetingChild = a('Møde med familien', 'Møde med forældrene om barnets hverdag.', 'Møde med familien og skolen.', 'Opstartsmøde med familien.');
const meetingAdult = a('Møde med borgeren', 'Møde med borgeren og partsrepræsentant.', 'Samtale om støttebehov.', 'Opstartsmøde.');
const childOnly = [
  a('Stamkort gennemgået', 'Stamkort gennemgået og opdateret.', 'Stamkort opdateret med ny skole.'),
  a('Udtalelse fra skole eller dagtilbud', 'Skoleudtalelse modtaget.', 'Udtalelse fra dagtilbud modtaget.'),
] as const;

export const closingActivity = a('Sagen afsluttet', 'Sagen afsluttet, indsatsen ophørt.', 'Sagen afsluttet efter borgerens ønske.');
export const decisionActivity = a('Bevilling – afgørelse sendt', 'Afgørelse med klagevejledning sendt via digital post.', 'Afgørelse sendt, borgeren orienteret telefonisk først.');

/**
 * The pool to draw from: before the decision by how far the investigation has come
 * (0 = received, 1 = decision or latest), after it the follow-up vocabulary.
 */
export function activityPool(area: Area, afterDecision: boolean, fraction: number): readonly ActivityWord[] {
  const child = area === 'børn';
  const meeting = child ? meetingChild : meetingAdult;
  if (afterDecision) return child ? [...late, meeting, childOnly[0], childOnly[0]] : [...late, meeting];
  if (fraction < 0.35) return child ? [...early, meeting, childOnly[1]] : [...early, meeting];
  return [...middle, meeting];
}

// ---- legacy names (issue 4): what registers held before the list -------------------

/** Old wording and shorthand, as registers held them before the standard list. */
const OLD_WORDING = [
  'Tlf. samtale', 'Telefonsamtale med mor', 'Tlf. med far', 'Notat', 'Sagsnotat', 'Ans. modtaget', 'Modtaget ansøgning', 'Bevilget',
  'Afslag sendt', 'Partshøring', 'Høring sendt', 'Opfølgningsmøde', 'Status', 'Hjemmebesøg foretaget', 'Møde m. forældre', 'Lægeerklæring',
  'Lægeoplysninger rekvireret', 'Skoleudtalelse', 'Samtykkeerklæring modtaget', 'Kvittering', 'Brev sendt', 'Mail til borger', 'Mail fra skole',
  'Diverse', 'Bestilling', 'Sag lukket', 'Klage', 'Teammøde', 'Sparring', 'Visitation', 'BFU opstartet', 'VUM-udredning', 'Afgørelse',
  'Revurdering', 'Møde med mor og far', 'Samtale med borger', 'Netværksmøde', 'Statusrapport', 'Handleplan', 'Sagen overdraget',
  'Ny sagsbehandler', 'Fuldmagt', 'Henvendelse fra skole', 'Underretning', 'Genvurdering', 'Klage til Ankestyrelsen', 'Udbetaling',
  'Opstart af indsats', 'Indsats stoppet', 'Overgangsmøde',
];

/** Free text that says what happened but names nothing. */
const FREE_TEXT = [
  'Ringede til mor ang. kørsel', 'Snak med skolen om pauser', 'Referat', 'Fulgt op på bevilling', 'Div. papirer scannet', 'Tolk bestilt',
  'Talt med leverandør om pris', 'Aftale om næste møde', 'Mor har sendt billeder af badeværelset', 'Kopi af afgørelse til værge',
  'Besøg aflyst pga. sygdom', 'Spørgsmål om kørsel til skole', 'Regning modtaget', 'Aktindsigt udleveret', 'Sendt til arkiv',
  'Rykker sendt', 'Far ringede igen', 'Opdateret adresse', 'Kontakt til PPR', 'Diverse korrespondance',
];

/** Standard names that get typed wrong; each yields a few misspellings. */
const OFTEN_MISSPELT = [
  'Telefonsamtale', 'Journalnotat', 'Hjemmebesøg', 'Partshøring sendt', 'Ansøgning modtaget', 'Opfølgning', 'Samtykke indhentet',
  'Kvittering sendt', 'Møde med familien', 'Møde med borgeren', 'Statusudtalelse modtaget', 'Stamkort gennemgået', 'Sagen afsluttet',
  'Henvendelse modtaget', 'Lægeoplysninger indhentet', 'Sagen drøftet på teammøde', 'Bestilling sendt til leverandør', 'Klage modtaget',
  'Faglig vurdering', 'Handleplan udarbejdet', 'Tværfagligt møde', 'Samtale med barnet', 'Indsatsen ændret', 'Indsatsen ophørt',
  'Svar på partshøring modtaget', 'Genvurdering efter klage', 'Fuldmagt modtaget', 'Børnefaglig undersøgelse påbegyndt',
];

function typo(name: string, rng: Rng): string {
  const i = rng.int(1, name.length - 2);
  switch (rng.int(0, 4)) {
    case 0: return name.slice(0, i) + name.slice(i + 1); // a letter dropped
    case 1: return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2); // two letters swapped
    case 2: return name.slice(0, i) + name[i] + name.slice(i); // a letter doubled
    case 3: return name.toLocaleLowerCase('da').replace('ø', 'oe').replace('å', 'aa').replace('æ', 'ae'); // keyboard without æøå
    default: return `${name.toLocaleLowerCase('da')} `.trim() + (rng.chance(0.5) ? '.' : ' m.m.');
  }
}

/**
 * A few hundred legacy names, most common first: the data quality view has real
 * work on first start. Built from its own seed, so the list is the same every time.
 */
export function legacyNames(): string[] {
  const rng = new Rng(404);
  const out = new Set<string>();
  const misspelt: string[] = [];
  for (let round = 0; round < 12; round++) for (const n of OFTEN_MISSPELT) misspelt.push(typo(n, rng));
  const pools = [OLD_WORDING, FREE_TEXT, misspelt];
  // Interleave so old wording leads and misspellings fill the long tail.
  for (let i = 0; out.size < 320 && i < 1000; i++) for (const p of pools) if (i < p.length && p[i] !== undefined) out.add(p[i]);
  return [...out];
}

/** Descriptions given with "Andet". */
export const otherDescriptions = FREE_TEXT;

export const firstAssignmentReasons = ['Ny sag fordelt', 'Fordelt ved visitation', 'Sagen oprettet'] as const;
export const reassignmentReasons = [
  'Ny fordeling i teamet',
  'Sagsbehandler fratrådt',
  'Barsel',
  'Langtidssygemelding',
  'Udligning af sagstal',
  'Borgeren flyttet distrikt',
  'Tilbage efter orlov',
] as const;

const KLE: Record<string, string> = {
  Merudgifter: '27.20.04',
  'Tabt arbejdsfortjeneste': '27.20.08',
  'Støttende indsats / aflastning': '27.20.16',
  'Børnefaglig undersøgelse': '27.20.00',
  'Særligt dag- eller klubtilbud': '27.20.12',
  Hjemmetræning: '27.20.06',
  Ledsagelse: '27.20.10',
  Anbringelse: '27.20.20',
  Hjælpemidler: '27.24.00',
  Forbrugsgoder: '27.24.04',
  Bil: '27.24.08',
  Boligindretning: '27.24.12',
  'Socialpædagogisk støtte': '27.16.04',
  'Personlig og praktisk hjælp': '27.16.00',
  BPA: '27.16.08',
  Ledsageordning: '27.16.12',
  'Merudgifter (voksne)': '27.16.16',
  Botilbud: '27.18.00',
  'Beskæftigelse og samvær': '27.16.20',
};
export const kleFor = (caseType: string): string => KLE[caseType] ?? '27.00.00';

/** Processing deadline in weeks per case type (the municipality's published deadlines). */
export const deadlineWeeks = (caseType: string): number =>
  caseType === 'Bil' || caseType === 'Boligindretning' ? 26 : caseType === 'Børnefaglig undersøgelse' ? 17 : caseType === 'BPA' || caseType === 'Botilbud' ? 16 : 8;

interface ServiceWord {
  type: string;
  providers: readonly string[];
  scopes: readonly string[];
}
const s = (type: string, providers: string[], scopes: string[]): ServiceWord => ({ type, providers, scopes });

const SERVICES: Record<string, ServiceWord> = {
  'BL-86': s('Dækning af merudgifter', ['Kommunen'], ['Månedlig ydelse', 'Engangsudgift']),
  'BL-87': s('Tabt arbejdsfortjeneste', ['Kommunen'], ['20 timer om ugen', '37 timer om ugen', '10 timer om ugen']),
  'BL-32': s('Aflastning', ['Aflastningshuset Demoby', 'Eksempel Aflastning'], ['2 weekender om måneden', '1 weekend om måneden', '8 døgn om måneden']),
  'BL-20': s('Børnefaglig undersøgelse', ['Kommunen'], ['Undersøgelse']),
  'BL-82': s('Særligt dagtilbud', ['Specialbørnehaven Fiktivhuset'], ['Fuld tid']),
  'BL-83': s('Særligt klubtilbud', ['Klubben Opdigtet'], ['3 eftermiddage om ugen', '5 eftermiddage om ugen']),
  'BL-85': s('Hjemmetræning', ['Forældrene'], ['15 timer om ugen', '25 timer om ugen']),
  'BL-89': s('Ledsagelse', ['Ledsagerkorpset Demoby'], ['5 timer om måneden']),
  'BL-46': s('Anbringelse', ['Opholdsstedet Eksempelgård', 'Plejefamilie'], ['Døgnophold']),
  'SEL-112': s('Hjælpemiddel', ['Hjælpemiddeldepotet'], ['Kørestol', 'Stokkerollator', 'Badestol', 'Kommunikationshjælpemiddel']),
  'SEL-113': s('Forbrugsgode', ['Kommunen'], ['Tilskud 50 %']),
  'SEL-114': s('Støtte til bil', ['Kommunen'], ['Lån til bil', 'Særlig indretning']),
  'SEL-116': s('Boligindretning', ['Entreprenør Demobyg'], ['Rampe', 'Ombygning af bad']),
  'SEL-85': s('Socialpædagogisk støtte', ['Bostøtten Eksempelby', 'Kommunens støttekorps'], ['3 timer om ugen', '5 timer om ugen', '8 timer om ugen']),
  'SEL-83': s('Personlig og praktisk hjælp', ['Hjemmeplejen Demoby'], ['Rengøring hver 2. uge', 'Personlig pleje dagligt']),
  'SEL-96': s('BPA', ['Demo Assistance ApS'], ['Døgndækning', '60 timer om ugen']),
  'SEL-97': s('Ledsageordning', ['Ledsagerkorpset Demoby'], ['15 timer om måneden']),
  'SEL-100': s('Dækning af merudgifter', ['Kommunen'], ['Månedlig ydelse']),
  'SEL-107': s('Midlertidigt botilbud', ['Bostedet Fiktivhøj'], ['Døgnophold']),
  'SEL-108': s('Længerevarende botilbud', ['Bostedet Opdigtetlund'], ['Døgnophold']),
  'SEL-103': s('Beskyttet beskæftigelse', ['Værkstedet Demoby'], ['4 dage om ugen', '5 dage om ugen']),
  'SEL-104': s('Aktivitets- og samværstilbud', ['Værestedet Eksempelby'], ['2 dage om ugen', '3 dage om ugen']),
};
export const serviceFor = (paragraph: string): ServiceWord => SERVICES[paragraph] ?? s('Indsats', ['Kommunen'], ['Efter aftale']);

export const applicationNotes = {
  verserende: ['', 'Afventer oplysninger.', 'Under behandling.'],
  bevilget: ['Bevilget som ansøgt.', 'Bevilget.', ''],
  delvist_bevilget: ['Delvist bevilget, begrundelse i afgørelsen.', 'Bevilget med nedsat omfang.'],
  afslag: ['Afslag, klagevejledning vedlagt.', 'Afslag, borgeren orienteret mundtligt først.'],
  trukket_tilbage: ['Ansøgningen trukket tilbage af borgeren.', 'Trukket tilbage efter samtale.'],
} as const;
