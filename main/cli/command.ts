/** What a CLI command is. A new command (report, backup, restore) is one file in commands/ plus one line in index.ts. */
export interface Command {
  name: string;
  /** One Danish line for the overview. */
  summary: string;
  /** Danish usage lines, shown with --help and on wrong use. */
  usage: string;
  /** Returns the exit code. Throws UsageError on wrong flags. */
  run(argv: string[]): Promise<number>;
}

/** Exit codes: 0 done; 1 the command failed or was used wrongly (the message says which). */
export const EXIT_OK = 0;
export const EXIT_FAIL = 1;

/** A failure the command reports itself: the Danish text on stderr, exit 1. */
export function fail(text: string): number {
  process.stderr.write(`${text}\n`);
  return EXIT_FAIL;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Danish text for node:util parseArgs errors (unknown flag, missing value, ...). */
export function usageFromParseError(err: unknown): UsageError {
  const code = (err as { code?: string })?.code;
  const text = err instanceof Error ? err.message : '';
  const flag = /'(-{1,2}[^ ',]+)/.exec(text)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`Ukendt tilvalg${flag ? `: ${flag}` : ''}.`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError(`Tilvalget ${flag ?? ''} mangler en værdi eller har en forkert værdi.`.replace('  ', ' '));
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError('Uventet argument. Tilvalg skrives som --navn værdi.');
  return new UsageError('Kommandoen er skrevet forkert.');
}
