/**
 * Reads a procedure from Markdown with YAML front matter (the shipped defaults, the
 * import, and .docx converted to Markdown by mammoth). What cannot be placed in a
 * field is reported, never silently dropped.
 *
 * Front matter keys (Danish, as superusers write them): titel, område (børn|voksen|begge),
 * faser, paragraffer, emneord, status, tovholder (initials), gennemgangsinterval_måneder,
 * senest_gennemgået (YYYY-MM-DD), advarsel_før_lukkedage, lovgrundlag: [{tekst, url}].
 * Body sections (## headings): Formål, Handling (list "hvad | hvem | hvornår"),
 * Inddragelse (list "hvem | hvorfor | hvornår"), Tid, Lovgrundlag (links), Tjekliste.
 */
import { parse as parseYaml } from 'yaml';
import { phases, type Phase } from '../../../../shared/domain/enums';
import type { ProcedureContentInput } from '../../../../shared/features/procedures';
import { canonical } from './text';

export interface ParsedProcedure {
  /** Everything but the owner, which the caller resolves from `ownerInitials`. */
  content: Omit<ProcedureContentInput, 'ownerId'>;
  ownerInitials: string | null;
  lastReviewed: string | null;
  unmapped: string[];
}

type Section = 'purpose' | 'steps' | 'involvement' | 'time' | 'legal' | 'checklist';
const SECTIONS: [RegExp, Section][] = [
  [/^formaal/, 'purpose'],
  [/^(handling|trin|fremgangsmaade)/, 'steps'],
  [/^inddragelse/, 'involvement'],
  [/^(tid|frist)/, 'time'],
  [/^(lovgrundlag|jura|hjemmel)/, 'legal'],
  [/^tjekliste/, 'checklist'],
];

const key = (s: string) => canonical(s).replace(/å/g, 'aa').replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/[^a-z0-9]+/g, '_');

/** mammoth escapes Markdown's special characters; the text itself has none of them. */
const unescape = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1').trim();
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;
const plain = (s: string) => unescape(s.replace(LINK, '$1').replace(/\*\*|__/g, ''));
const cells = (s: string) => plain(s).split('|').map((c) => c.trim());

function splitFrontMatter(text: string): { yaml: string | null; body: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { yaml: m[1], body: m[2] } : { yaml: null, body: text.replace(/^\uFEFF/, '') };
}

const asList = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((x) => String(x).trim()).filter(Boolean) : typeof v === 'string' ? v.split(',').map((x) => x.trim()).filter(Boolean) : [];

function phaseOf(value: string): Phase | null {
  const k = key(value);
  return phases.find((p) => key(p) === k) ?? null;
}

export function parseProcedureMarkdown(text: string): ParsedProcedure {
  const unmapped: string[] = [];
  const { yaml, body } = splitFrontMatter(text);
  let front: Record<string, unknown> = {};
  if (yaml !== null) {
    try {
      const data: unknown = parseYaml(yaml);
      if (data && typeof data === 'object' && !Array.isArray(data)) front = data as Record<string, unknown>;
      else unmapped.push('Forsiden (front matter) kunne ikke læses som felter.');
    } catch {
      unmapped.push('Forsiden (front matter) er ikke gyldig YAML og er sprunget over.');
    }
  }

  const content: ParsedProcedure['content'] = {
    title: '',
    purpose: '',
    steps: [],
    involvement: [],
    time: '',
    legalLinks: [],
    phases: [],
    area: 'begge',
    paragraphs: [],
    tags: [],
    checklist: [],
    warnBeforeClosedDays: false,
    status: 'udkast',
    reviewIntervalMonths: 12,
  };
  let ownerInitials: string | null = null;
  let lastReviewed: string | null = null;

  for (const [rawKey, value] of Object.entries(front)) {
    switch (key(rawKey)) {
      case 'titel':
        content.title = String(value ?? '').trim();
        break;
      case 'omraade': {
        const a = key(String(value));
        if (a === 'boern' || a === 'voksen' || a === 'begge') content.area = a === 'boern' ? 'børn' : a;
        else unmapped.push(`område: "${String(value)}" er hverken børn, voksen eller begge.`);
        break;
      }
      case 'faser':
      case 'fase':
        for (const v of asList(value)) {
          const p = phaseOf(v);
          if (p) content.phases!.push(p);
          else unmapped.push(`fase: "${v}" er ikke en af sagsbehandlingens faser.`);
        }
        break;
      case 'paragraffer':
        content.paragraphs = asList(value);
        break;
      case 'emneord':
        content.tags = asList(value);
        break;
      case 'status': {
        const s = key(String(value));
        if (s === 'udkast' || s === 'arkiveret') content.status = s;
        else if (s === 'gaeldende') content.status = 'gældende';
        else unmapped.push(`status: "${String(value)}" er ukendt.`);
        break;
      }
      case 'tovholder':
        ownerInitials = String(value ?? '').trim() || null;
        break;
      case 'gennemgangsinterval_maaneder':
        content.reviewIntervalMonths = Number(value);
        break;
      case 'senest_gennemgaaet':
        lastReviewed = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
        break;
      case 'advarsel_foer_lukkedage':
        content.warnBeforeClosedDays = value === true;
        break;
      case 'lovgrundlag':
        for (const item of Array.isArray(value) ? value : []) {
          const o = (item ?? {}) as Record<string, unknown>;
          content.legalLinks!.push({ label: String(o.tekst ?? o.label ?? ''), url: String(o.url ?? '') });
        }
        break;
      default:
        unmapped.push(`Feltet "${rawKey}" kendes ikke.`);
    }
  }

  let section: Section | null = null;
  let currentHeading = '';
  const purpose: string[] = [];
  const time: string[] = [];
  for (const rawLine of body.split(/\r?\n/)) {
    const lineText = rawLine.trim();
    if (!lineText) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(lineText);
    if (heading) {
      const title = plain(heading[2]);
      if (heading[1].length === 1 && !content.title) {
        content.title = title;
        section = null;
        continue;
      }
      currentHeading = title;
      section = SECTIONS.find(([re]) => re.test(key(title)))?.[1] ?? null;
      if (!section && heading[1].length > 1) unmapped.push(`Afsnittet "${title}" passer ikke til noget felt.`);
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(lineText);
    switch (section) {
      case 'purpose':
        purpose.push(plain(lineText));
        break;
      case 'time':
        time.push(plain(lineText));
        break;
      case 'steps': {
        const [what, who = '', when = ''] = cells(item ? item[1] : lineText);
        content.steps!.push({ what, who, when });
        break;
      }
      case 'involvement': {
        const [who, why = '', when = ''] = cells(item ? item[1] : lineText);
        content.involvement!.push({ who, why, when });
        break;
      }
      case 'checklist':
        content.checklist!.push(plain(item ? item[1] : lineText));
        break;
      case 'legal': {
        const links = [...lineText.matchAll(LINK)];
        for (const m of links) content.legalLinks!.push({ label: unescape(m[1]), url: unescape(m[2]) });
        // Quoted law text is left out on purpose: the library links to the law portal.
        if (!links.length) unmapped.push(`Lovgrundlag uden link er ikke taget med: "${plain(lineText).slice(0, 80)}"`);
        break;
      }
      default:
        unmapped.push(`Tekst uden for de kendte afsnit${currentHeading ? ` (under "${currentHeading}")` : ''}: "${plain(lineText).slice(0, 80)}"`);
    }
  }
  content.purpose = purpose.join('\n\n');
  content.time = time.join(' ');
  return { content, ownerInitials, lastReviewed, unmapped };
}
