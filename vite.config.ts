/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { PWA_OPTIONS } from './pwa.config.ts';
import { contentSecurityPolicy } from './csp.config.ts';

export default defineConfig({
  plugins: [react(), VitePWA(PWA_OPTIONS), contentSecurityPolicy()],
  worker: { format: 'es' },
  // monaco-yaml's worker manager still imports monaco-editor/esm/…, which the package's exports map
  // hides since 0.56: point it at the files themselves.
  resolve: {
    alias: [{ find: /^monaco-editor\/esm\/(.*)$/, replacement: `${fileURLToPath(new URL('./node_modules/monaco-editor/esm/', import.meta.url))}$1` }],
  },
  optimizeDeps: { entries: ['index.html', 'src/worker/entry.ts', 'src/**/*.worker.ts'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 5000 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
