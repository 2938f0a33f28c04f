/**
 * Bundles a test-side entry (a child process of a test or the benchmark) into one ESM
 * file run with plain node, as the app's backend ships: no tsx, no source maps. The
 * file goes under node_modules/.cache, so the packages left out of the bundle
 * (native better-sqlite3, playwright-core) resolve from node_modules.
 */
import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The folder for one run's bundles (remove it when done). */
export const bundleDirFor = (name: string): string => path.join(root, 'node_modules', '.cache', `sagsoverblik-${name}-${process.pid}`);

export async function bundleForNode(entry: string, outfile: string, external: string[] = ['better-sqlite3']): Promise<string> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    // CommonJS packages inside the bundle still call require().
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    target: 'node20',
    jsx: 'automatic',
    outfile,
    external,
    logLevel: 'silent',
  });
  return outfile;
}
