// The installable, offline app: vite-plugin-pwa's options. The generated service worker precaches
// every built file (the sandbox Worker, Monaco's chunk, CSS, fonts and workers included), so after
// the first visit the app loads with no network; a new build replaces it at the next load.

import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Monaco's chunk is about 4 MB and the sandbox Worker about 2 MB: above Workbox's 2 MiB default. */
const LARGEST_PRECACHED_FILE_BYTES = 16 * 1024 * 1024;

export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'autoUpdate',
  // src/ui/offline/service-worker.ts registers it (and reloads onto an update), in production builds only.
  injectRegister: false,
  manifest: {
    id: '/',
    name: 'kubelab',
    short_name: 'kubelab',
    description: 'Un cluster Kubernetes d’entraînement, entièrement dans le navigateur',
    lang: 'fr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#0b0f14',
    theme_color: '#121821',
    icons: [
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff,woff2,json,wasm}'],
    maximumFileSizeToCacheInBytes: LARGEST_PRECACHED_FILE_BYTES,
    navigateFallback: 'index.html',
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
};
