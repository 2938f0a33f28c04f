/**
 * Issue 8: no method accepts bad input. For EVERY method of the contract (walked
 * generically, so new features are covered without editing this file), fast-check
 * throws random and hostile inputs at Backend.dispatch: wrong types, huge strings,
 * control characters, SQL fragments, deep objects, unicode oddities, prototype keys;
 * both as the whole input and in each field of the method's input object.
 * Every input the schema refuses must come back as VALIDATION with a Danish message,
 * nothing may be written, and dispatch never throws or answers INTERNAL.
 */
import fc from 'fast-check';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract, type Method } from '../../../shared/api/contract';
import { addCase, addCitizen, inRole } from '../../helpers/fixtures';
import { testRegister, type TestRegister } from '../../helpers/register';
import { writeFigures } from './figures';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 100);

let reg: TestRegister;
beforeAll(async () => {
  reg = await testRegister();
  const c = await addCitizen(reg.backend, 'Søren Ørsted', '2010-03-15', 1, { protectedAddress: true, address: 'Skjultvej 1' });
  await addCase(reg.backend, c.id);
});
afterAll(async () => reg?.cleanup());

/** Rows written through the register's connection so far (every handler uses it): cheap, exact for one call. */
const changes = () => (reg.backend.openRegister!.raw.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/** A hash of every row of every table: equal before and after a method's runs means nothing was written. */
function registerHash(): string {
  const raw = reg.backend.openRegister!.raw;
  const tables = raw
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
    .all() as { name: string }[];
  const h = crypto.createHash('sha256');
  for (const { name } of tables) h.update(name).update(JSON.stringify(raw.prepare(`SELECT * FROM "${name}"`).raw().all()));
  return h.digest('hex');
}

function deep(depth: number): unknown {
  let v: unknown = { end: true };
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

const hostileStrings = fc.oneof(
  fc.constantFrom(
    "'; DROP TABLE citizens; --",
    '" OR 1=1 --',
    "Robert'); DELETE FROM cases; --",
    'NEAR(x y) OR "*',
    '\u0000',
    '\u0007\u001b[31m',
    'a\r\nb',
    '\u202eevil',
    '\ud800',
    '\u200b\u200d\ufeff',
    'Z̷̢͉a̸̡l̷g̵o',
    '%s%n%x',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '=HYPERLINK("http://x")',
    '𝕏'.repeat(300),
    '',
    ' ',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.integer({ min: 1000, max: 200_000 }).map((n) => 'æ'.repeat(n)),
  fc.constant('x'.repeat(5_000_000)),
);

const hostileValues: fc.Arbitrary<unknown> = fc.oneof(
  hostileStrings,
  fc.constantFrom(null, undefined, true, false, 0, -1, 1.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, -0, 2 ** 53, 1e308),
  fc.bigInt().map((b) => b), // not JSON, but a host may still pass it
  fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": "ja"}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": "ja"}}}'),
    { toString: 'x', valueOf: 'y' },
    [],
    [[[]]],
    new Array(100_000).fill(1),
  ),
  fc.integer({ min: 100, max: 5000 }).map(deep),
  fc.anything({ maxDepth: 3, withBigInt: false, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
);

/** The keys of a method's input object, when it has a plain shape (discriminated unions and unions have none). */
function keysOf(method: Method): string[] {
  const schema = contract[method].input as unknown as { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

function inputsFor(method: Method): fc.Arbitrary<unknown> {
  const keys = keysOf(method);
  const whole = hostileValues;
  const protoKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty').map((k) => JSON.parse(`{"${k}": {"polluted": "ja"}}`));
  const extraKey = fc.record({ ekstra: hostileValues });
  if (keys.length === 0) return fc.oneof(whole, protoKeys, extraKey);
  // Each field hostile in turn (the others left out or hostile too), so the handler-side checks are reached.
  const perField = fc
    .tuple(fc.subarray(keys, { minLength: 1 }), fc.array(hostileValues, { minLength: keys.length, maxLength: keys.length }))
    .map(([chosen, values]) => Object.fromEntries(chosen.map((k, i) => [k, values[i]])));
  return fc.oneof(whole, protoKeys, extraKey, perField, perField);
}

const DANISH = /[æøåÆØÅ]|\b(ikke|skal|kan|Højst|Angiv|Vælg|ugyldig|Mangler|Feltet|Skriv|mindst|findes)\b/i;
const ENGLISH = /\b(Invalid|Expected|Required|Unrecognized|received|must be|Too (big|small))\b/;

const tried: Record<string, { inputs: number; refused: number; accepted: number }> = {};

describe('every method refuses bad input at the boundary', () => {
  for (const method of Object.keys(contract) as Method[]) {
    test(method, async () => {
      const schema = contract[method].input;
      const stats = { inputs: 0, refused: 0, accepted: 0 };
      const hashBefore = registerHash();
      // As a role the method's access names: a refused role is answered before the input is read.
      const access = contract[method].access;
      const allowedRole = <T,>(fn: () => Promise<T>) => (access === 'anyone' ? fn() : inRole(reg, access.roles[0], fn));
      await allowedRole(() => fc.assert(
        fc.asyncProperty(inputsFor(method), async (input) => {
          stats.inputs += 1;
          const refusedBySchema = !schema.safeParse(input === undefined ? {} : input).success;
          const before = changes();
          const result = await reg.backend.dispatch(method, input);
          if (result.ok) {
            stats.accepted += 1;
            expect(refusedBySchema, 'the schema refused this input, yet the call succeeded').toBe(false);
            return;
          }
          stats.refused += 1;
          expect(result.error.code).not.toBe('INTERNAL');
          expect(result.error.message).toMatch(DANISH);
          expect(result.error.message).not.toMatch(ENGLISH);
          for (const m of Object.values(result.error.fields ?? {})) expect(m).not.toMatch(ENGLISH);
          if (refusedBySchema) {
            expect(result.error.code).toBe('VALIDATION');
            expect(changes()).toBe(before);
          }
        }),
        { numRuns: RUNS, seed: 8008, endOnFailure: true },
      ));
      if (stats.accepted === 0) expect(registerHash(), 'every input was refused, yet the register changed').toBe(hashBefore);
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
      tried[method] = stats;
    });
  }

  test('an unknown method, and non-string method names, are refused', async () => {
    for (const name of ['cases.drop', '__proto__', 'constructor', 'toString', 42, null, { m: 1 }]) {
      const r = await reg.backend.dispatch(name, {});
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('UNKNOWN_METHOD');
    }
  });
});

afterAll(() => {
  const methods = Object.keys(tried).length;
  const total = Object.values(tried).reduce((n, s) => n + s.inputs, 0);
  writeFigures('hostileInput', { methods, methodsInContract: Object.keys(contract).length, inputsTried: total, runsPerMethod: RUNS, perMethod: tried });
});
