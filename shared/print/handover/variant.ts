/**
 * The two layouts of the printed case-stem overview: "detaljeret" (everything a
 * colleague needs, a few cases per page) and "kompakt" (one line per case). The screens
 * link to the print route with `?visning=kompakt`; the CLI takes `--compact`.
 */
export const caseStemVariants = ['detaljeret', 'kompakt'] as const;
export type CaseStemVariant = (typeof caseStemVariants)[number];

const PARAM = 'visning';

/** The print route of one caseworker's overview in the chosen layout. */
export const caseStemPrintPath = (userId: number, variant: CaseStemVariant): string =>
  `/udskriv/sagsstamme/${userId}${variant === 'kompakt' ? `?${PARAM}=kompakt` : ''}`;

/** The layout asked for in the print route's query (anything unknown: the detailed one). */
export const caseStemVariantOf = (search: URLSearchParams): CaseStemVariant =>
  search.get(PARAM) === 'kompakt' ? 'kompakt' : 'detaljeret';

/** The query with the layout set (the detailed one is the default and leaves no trace). */
export function withCaseStemVariant(search: URLSearchParams, variant: CaseStemVariant): URLSearchParams {
  const next = new URLSearchParams(search);
  if (variant === 'kompakt') next.set(PARAM, 'kompakt');
  else next.delete(PARAM);
  return next;
}
