import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const rendererDir = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: rendererDir,
  base: './',
  plugins: [react()],
  build: {
    outDir: path.resolve(rendererDir, '..', 'out', 'renderer'),
    emptyOutDir: true,
    // The first screen's chunk (~680 kB) decides how fast the app starts: warn when one passes 1 MB.
    chunkSizeWarningLimit: 1000,
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
});
