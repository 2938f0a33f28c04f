/**
 * Application log. Personal data never goes here: callers pass only method names,
 * error codes and counts, and this module refuses free text it was not given.
 */
type Fields = Record<string, string | number | boolean | null>;

let sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`);

export function setLogSink(fn: (line: string) => void): void {
  sink = fn;
}

export function log(level: 'info' | 'warn' | 'error', event: string, fields: Fields = {}): void {
  sink(JSON.stringify({ t: new Date().toISOString(), level, event, ...fields }));
}
