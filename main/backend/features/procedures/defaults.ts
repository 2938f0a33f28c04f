/**
 * The default procedures shipped in resources/procedures/*.md, loaded into every
 * register by migration 005. They have no owner until a superuser assigns one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toIsoDate } from '../../../../shared/domain/dates';
import { procedureContent, type ProcedureContent } from '../../../../shared/features/procedures';
import { parseProcedureMarkdown } from './markdown';
import type { SaveMeta } from './store';

/** A folder under resources/, found from this module upwards (source tree, tests and the packaged app). */
export function resourcesDir(...parts: string[]): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'resources', ...parts);
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`resources/${parts.join('/')} not found`);
}

/** resources/procedures: the defaults every register gets. */
export const defaultProceduresDir = (): string => resourcesDir('procedures');

/** The defaults as they are saved: content, and who saved them when (nobody, `now`). */
export function defaultProcedures(now: Date): { content: ProcedureContent; meta: SaveMeta }[] {
  const dir = defaultProceduresDir();
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const at = now.toISOString();
  return files.map((file) => {
    const parsed = parseProcedureMarkdown(fs.readFileSync(path.join(dir, file), 'utf8'));
    // A broken default is a bug in the release, not something to skip quietly.
    if (parsed.unmapped.length) throw new Error(`${file}: ${parsed.unmapped.join('; ')}`);
    const content = procedureContent.parse({ ...parsed.content, ownerId: null });
    const meta = { changeNote: 'Standardarbejdsgang leveret med programmet', by: null, at, lastReviewed: parsed.lastReviewed ?? toIsoDate(now), lastReviewedBy: null };
    return { content, meta };
  });
}

