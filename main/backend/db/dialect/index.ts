/**
 * What differs between the register's engines, behind one small interface: features
 * ask `dialectOf(db)` for the piece of SQL they need and never write engine-specific
 * SQL themselves. The engine is read from the Kysely instance (a transaction shares its
 * database's adapter), so no handle has to be passed around beside `db`.
 */
import { PostgresAdapter, type Expression, type Kysely, type RawBuilder } from 'kysely';
import { AppError } from '../../../../shared/api/errors';
import { postgresDialect } from './postgres';
import { sqliteDialect } from './sqlite';

export type DialectName = 'sqlite' | 'postgres';

/** One query word of the procedure search, normalised the same way on every engine (features/procedures/text.ts). */
export interface ProcedureSearchTerm {
  /** A word of the indexed text that starts with one of these matches. */
  prefixes: string[];
  /** Text to find inside words (compounds: 'brev' in 'afslagsbrev'), or null when the term is too short for that. */
  inside: string | null;
}

/** Where one term matches; features/procedures/search.ts ranks from these. */
export interface ProcedureTermHits {
  /** Word and prefix matches, with relevance (bm25 over title and body, title weighted 5:1; higher is better). */
  words: { id: number; relevance: number }[];
  /** Matches inside words, title or body. */
  inside: number[];
  /** Procedures whose title has the term as a word, prefix, or inside a word. */
  inTitle: number[];
}

/** The normalised text a procedure is found by (features/procedures/text.ts). */
export interface ProcedureIndexText {
  titleWords: string;
  bodyWords: string;
  titleGrams: string;
  bodyGrams: string;
}

export interface RegisterDialect {
  name: DialectName;
  /** Danish order (æ, ø, å last; "aa" as å) for a free-text column without a stored sort key. */
  sortKey(value: Expression<string | null>): RawBuilder<string>;
  /** The values of a subquery's single column joined with `separator`, in the subquery's order. */
  joinedValues(subquery: RawBuilder<unknown>, column: string, separator: string): RawBuilder<string | null>;
  /** `table` read through `index` where the planner must be told (SQLite's INDEXED BY); the plain table elsewhere. */
  tableIndexedBy(table: string, index: string): RawBuilder<unknown>;
  /** Procedure search: the procedures one query term matches. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  procedureTermHits(db: Kysely<any>, term: ProcedureSearchTerm): Promise<ProcedureTermHits>;
  /** Puts a procedure's text into the search indexes, replacing what they held for it. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  indexProcedure(db: Kysely<any>, id: number, text: ProcedureIndexText): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): RegisterDialect {
  // A transaction shares its database's adapter; SQLite is the default engine.
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresDialect : sqliteDialect;
}

/** Error codes that mean the disk (or the database server's disk) is full, per engine. */
const DISK_FULL_CODES = new Set(['SQLITE_FULL', '53100']);

/**
 * A storage failure a caseworker can act on, in Danish; null for anything else. The
 * change it interrupted was rolled back with its audit rows, so the message can say so.
 */
export function storageProblem(err: unknown): AppError | null {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && DISK_FULL_CODES.has(code)) {
    return new AppError('DISK_FULL', 'Disken er fuld, så ændringen er ikke gemt. Frigør plads på disken, eller bed IT om det, og prøv igen.');
  }
  return null;
}
