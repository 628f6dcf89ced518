/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { PWA_OPTIONS } from './pwa.config.ts';
import { contentSecurityPolicy } from './csp.config.ts';

/**
 * `virtual:kubelab/booted-cluster`: the default sandbox's cluster (default profile and seed) as its boot
 * leaves it, computed by the engine at build time, so the Worker restores it (~30 ms) instead of
 * replaying ten virtual days of boot (~2 s). The dev server ships none (the engine may change under it).
 */
function bootedCluster(): Plugin {
  const id = 'virtual:kubelab/booted-cluster';
  let building = false;
  return {
    name: 'kubelab-booted-cluster',
    configResolved: (config) => void (building = config.command === 'build'),
    resolveId: { filter: { id: /^virtual:kubelab\/booted-cluster$/ }, handler: () => `\0${id}` },
    load: {
      filter: { id: /^\0virtual:kubelab\/booted-cluster$/ },
      async handler() {
        if (!building) return 'export const BOOTED_CLUSTER = undefined;';
        const { tsImport } = await import('tsx/esm/api');
        const profiles = (await tsImport('./src/worker/host/profiles.ts', import.meta.url)) as typeof import('./src/worker/host/profiles.ts');
        const { DEFAULT_SEED } = (await tsImport('./src/ui/url-options.ts', import.meta.url)) as typeof import('./src/ui/url-options.ts');
        const { profile, seed, snapshot } = profiles.bootSnapshot(profiles.DEFAULT_PROFILE, DEFAULT_SEED);
        // JSON.parse of a string loads faster than the same object as a literal.
        return `export const BOOTED_CLUSTER = { profile: ${JSON.stringify(profile)}, seed: ${seed}, snapshot: JSON.parse(${JSON.stringify(JSON.stringify(snapshot))}) };`;
      },
    },
  };
}

export default defineConfig({
  // The dev server serves the Worker through the page's plugins; a build bundles it with its own.
  plugins: [react(), VitePWA(PWA_OPTIONS), contentSecurityPolicy(), bootedCluster()],
  worker: { format: 'es', plugins: () => [bootedCluster()] },
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
