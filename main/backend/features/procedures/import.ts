/**
 * Import of Markdown (front matter) and Word .docx files. The preview reads and
 * checks everything and writes nothing; only the confirm step saves, in one
 * transaction. .docx is turned into Markdown by mammoth, then read like a .md file.
 */
import mammoth from 'mammoth';
import { procedureContent, type ProcedureContent } from '../../../../shared/features/procedures';
import type { Ctx } from '../../context';
import { atomically } from '../../db/transaction';
import { parseProcedureMarkdown } from './markdown';
import { saveProcedure } from './store';

export interface ImportFile {
  name: string;
  content: string;
  encoding: 'text' | 'base64';
}

export interface PreviewItem {
  fileName: string;
  ok: boolean;
  procedure: ProcedureContent | null;
  unmapped: string[];
  problems: string[];
}

const toMarkdown = (mammoth as unknown as { convertToMarkdown: (input: { buffer: Buffer }) => Promise<{ value: string }> }).convertToMarkdown;

async function markdownOf(file: ImportFile): Promise<string> {
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.docx')) {
    const buffer = Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');
    return (await toMarkdown({ buffer })).value;
  }
  if (lower.endsWith('.md') || lower.endsWith('.markdown') || lower.endsWith('.txt')) {
    return file.encoding === 'base64' ? Buffer.from(file.content, 'base64').toString('utf8') : file.content;
  }
  throw new Error('unsupported');
}

export async function previewImport(ctx: Pick<Ctx, 'db' | 'reference'>, files: ImportFile[]): Promise<PreviewItem[]> {
  const read: { file: ImportFile; parsed: ReturnType<typeof parseProcedureMarkdown> | null }[] = [];
  for (const file of files) {
    let markdown: string;
    try {
      markdown = await markdownOf(file);
    } catch {
      read.push({ file, parsed: null });
      continue;
    }
    read.push({ file, parsed: parseProcedureMarkdown(markdown) });
  }
  // The owners named in the files, in one query (the first active user with the initials).
  const initials = [...new Set(read.flatMap((r) => (r.parsed?.ownerInitials ? [r.parsed.ownerInitials] : [])))];
  const owners = new Map<string, number>();
  if (initials.length) {
    const rows = await ctx.db.selectFrom('users').select(['id', 'initials']).where('initials', 'in', initials).where('active', '=', 1).orderBy('id').execute();
    for (const u of rows) if (!owners.has(u.initials)) owners.set(u.initials, u.id);
  }
  const items: PreviewItem[] = [];
  for (const { file, parsed } of read) {
    if (!parsed) {
      items.push({ fileName: file.name, ok: false, procedure: null, unmapped: [], problems: ['Filen kan ikke læses. Brug Markdown (.md) eller Word (.docx).'] });
      continue;
    }
    const unmapped = [...parsed.unmapped];
    let ownerId: number | null = null;
    if (parsed.ownerInitials) {
      const owner = owners.get(parsed.ownerInitials);
      if (owner !== undefined) ownerId = owner;
      else unmapped.push(`tovholder: "${parsed.ownerInitials}" er ikke en aktiv bruger. Vælg tovholder efter importen.`);
    }
    // Unknown paragraphs are left out (and reported) rather than stopping the import.
    const paragraphs = (parsed.content.paragraphs ?? []).filter((code) => {
      const known = !!ctx.reference.paragraph(code);
      if (!known) unmapped.push(`Paragraffen "${code}" findes ikke på listen.`);
      return known;
    });
    const result = procedureContent.safeParse({ ...parsed.content, paragraphs, ownerId });
    if (result.success) items.push({ fileName: file.name, ok: true, procedure: result.data, unmapped, problems: [] });
    else {
      const problems = result.error.issues.map((issue) => `${fieldLabel(issue.path.map(String).join('.'))}: ${issue.message}`);
      items.push({ fileName: file.name, ok: false, procedure: null, unmapped, problems });
    }
  }
  return items;
}

const LABELS: Record<string, string> = {
  title: 'Titel',
  purpose: 'Formål',
  steps: 'Handling',
  involvement: 'Inddragelse',
  time: 'Tid',
  legalLinks: 'Lovgrundlag',
  phases: 'Faser',
  area: 'Område',
  paragraphs: 'Paragraffer',
  tags: 'Emneord',
  checklist: 'Tjekliste',
  status: 'Status',
  reviewIntervalMonths: 'Gennemgangsinterval',
};
const fieldLabel = (path: string) => LABELS[path.split('.')[0]] ?? path;

/** Saves every procedure, in one transaction: all or none. */
export function confirmImport(ctx: Ctx, procedures: ProcedureContent[]): Promise<number[]> {
  const at = ctx.now().toISOString();
  const by = ctx.user.id;
  return atomically(ctx.db, async (trx) => {
    const ids: number[] = [];
    for (const content of procedures) {
      ids.push(await saveProcedure(trx, content, { changeNote: 'Importeret', by, at, lastReviewed: ctx.today(), lastReviewedBy: by }));
    }
    return ids;
  });
}
