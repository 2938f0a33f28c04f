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
    // The data grid and pickers are large; one chunk per vendor keeps the warning meaningful.
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
});
