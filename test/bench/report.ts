/** bench-results.json's shape and the readable table with each figure against its budget. */
export interface BenchResults {
  machine: Record<string, string | number>;
  operations: { name: string; size: string; median_ms: number; p95_ms: number; runs?: number }[];
  ratios: { name: string; growth_large_over_small: number | null; api_over_sql: number | null }[];
  rss_mb: number;
  renderer?: { heap_mb_after_scroll: number; rows_in_list: number; first_rows_wall_clock_median_ms?: number };
}

/** The budgets from the issues; "interactive" calls are everything but opening, printing and the renderer. */
export const BUDGETS = {
  interactiveP95Ms: 50,
  growth: 3,
  apiOverSql: 3,
  firstRowsMs: 500,
  rssMb: 300,
  pdfMs: 5000,
  /** Issue 5: the overview of 80 cases assembles in under 200 ms. */
  overviewMs: 200,
};

const isInteractive = (name: string) =>
  !name.startsWith('open the register') && !name.startsWith('renderer:') && !name.startsWith('case-stem overview');

// Below a millisecond the third decimal (microseconds) still matters.
const ms = (n: number) => n.toFixed(n < 1 ? 3 : 2);

export function printReport(r: BenchResults): void {
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const lines: string[] = [];
  const verdicts: string[] = [];
  lines.push(`${pad('operation', 48)}${pad('size', 8)}${pad('median', 10)}${pad('p95', 10)}budget`);
  for (const o of r.operations) {
    let budget = '';
    if (o.name.startsWith('case-stem overview printed')) budget = `< ${BUDGETS.pdfMs} ms ${o.median_ms < BUDGETS.pdfMs ? 'OK' : 'OVER'}`;
    else if (o.name.startsWith('case-stem overview as') && o.size === 'large') budget = `p95 < ${BUDGETS.overviewMs} ms ${o.p95_ms < BUDGETS.overviewMs ? 'OK' : 'OVER'}`;
    else if (o.name.startsWith('renderer:')) budget = `< ${BUDGETS.firstRowsMs} ms ${o.median_ms < BUDGETS.firstRowsMs ? 'OK' : 'OVER'}`;
    else if (isInteractive(o.name) && o.size === 'large') budget = `p95 < ${BUDGETS.interactiveP95Ms} ms ${o.p95_ms < BUDGETS.interactiveP95Ms ? 'OK' : 'OVER'}`;
    if (budget.endsWith('OVER')) verdicts.push(`${o.name} (${o.size}): ${budget}`);
    lines.push(`${pad(o.name, 48)}${pad(o.size, 8)}${pad(ms(o.median_ms), 10)}${pad(ms(o.p95_ms), 10)}${budget}`);
  }
  lines.push('');
  lines.push(`${pad('operation', 48)}${pad('large/small', 16)}api/sql`);
  for (const q of r.ratios) {
    const growthOk = q.growth_large_over_small === null || !isInteractive(q.name) || q.growth_large_over_small < BUDGETS.growth;
    const sqlOk = q.api_over_sql === null || q.api_over_sql < BUDGETS.apiOverSql;
    if (!growthOk) verdicts.push(`${q.name}: growth ${q.growth_large_over_small} ≥ ${BUDGETS.growth}`);
    if (!sqlOk) verdicts.push(`${q.name}: api/sql ${q.api_over_sql} ≥ ${BUDGETS.apiOverSql}`);
    lines.push(
      `${pad(q.name, 48)}${pad(q.growth_large_over_small === null ? '-' : `${q.growth_large_over_small}${growthOk ? '' : ' OVER'}`, 16)}${
        q.api_over_sql === null ? '-' : `${q.api_over_sql}${sqlOk ? '' : ' OVER'}`
      }`,
    );
  }
  lines.push('');
  lines.push(`backend peak RSS: ${r.rss_mb} MB (budget < ${BUDGETS.rssMb} MB) ${r.rss_mb < BUDGETS.rssMb ? 'OK' : 'OVER'}`);
  if (r.rss_mb >= BUDGETS.rssMb) verdicts.push(`peak RSS ${r.rss_mb} MB`);
  if (r.renderer) {
    lines.push(`renderer JS heap after paging through ${r.renderer.rows_in_list} rows: ${r.renderer.heap_mb_after_scroll} MB`);
    if (r.renderer.first_rows_wall_clock_median_ms !== undefined) {
      lines.push(`first rows, wall clock around the automation (goto until the page has reported the paint): ${r.renderer.first_rows_wall_clock_median_ms} ms median`);
    }
  }
  lines.push(verdicts.length ? `\nBudgets not held:\n  ${verdicts.join('\n  ')}` : '\nAll budgets hold.');
  console.log(lines.join('\n'));
}
