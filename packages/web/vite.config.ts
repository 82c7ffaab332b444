import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { countriesPlugin } from './build/countries-plugin.js';

const countriesCsv = fileURLToPath(new URL('../../data/taxonomy/countries.csv', import.meta.url));

export default defineConfig({
  plugins: [react(), countriesPlugin(countriesCsv)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '/feed.atom': 'http://127.0.0.1:8080' },
  },
});
