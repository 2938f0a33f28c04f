/** Id lists for `IN (...)`: chunked, so each statement stays under the engines' parameter limits. */
const CHUNK = 500;

/** Runs `query` on each chunk of the distinct ids and concatenates the rows (none for no ids). */
export async function byIdChunks<T>(ids: number[], query: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const distinct = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < distinct.length; i += CHUNK) out.push(...(await query(distinct.slice(i, i + CHUNK))));
  return out;
}
