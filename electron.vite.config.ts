/**
 * electron-vite builds only the desktop shell: main (out/main/index.cjs) and the
 * sandboxed preload (out/preload/index.cjs). Both are CommonJS because package.json
 * says "type": "module" and a sandboxed preload cannot be an ES module. The renderer
 * is built on its own: vite build --config renderer/vite.config.ts → out/renderer.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname ?? process.cwd();

const cjs = (entry: string, outDir: string) => ({
  outDir: resolve(root, outDir),
  emptyOutDir: true,
  sourcemap: false,
  minify: false,
  rollupOptions: {
    input: { index: resolve(root, entry) },
    external: ['electron', 'better-sqlite3'],
    output: { format: 'cjs' as const, entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
  },
});

export default defineConfig({
  main: {
    build: {
      ...cjs('main/shell/main.ts', 'out/main'),
      // electron-store (and conf) are ESM-only: bundle them into the CommonJS main file.
      externalizeDeps: { exclude: ['electron-store'] },
    },
  },
  preload: {
    build: {
      ...cjs('main/shell/preload.ts', 'out/preload'),
      // A sandboxed preload can require only "electron": bundle everything else.
      externalizeDeps: false,
    },
  },
});
