// Registers the service worker that vite-plugin-pwa generates (`sw.js`), so that after the first
// visit the whole app (the sandbox Worker, Monaco and its workers included) loads without a network.
// Production builds only. A new build's worker takes over at once (skipWaiting + clientsClaim) and
// drops the old build's files, so a page it takes over from an older worker reloads onto the new build.

/** The longest the registration waits for an idle moment once the sandbox is up. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Registers once the page has loaded and `after` has settled (the first prompt is up), when the page is
 * idle: precaching compiles every script of the build (Monaco's included), seconds of CPU that would
 * otherwise compete with the sandbox's start.
 */
export function registerServiceWorker(after: Promise<unknown>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { serviceWorker } = navigator;
  const updating = serviceWorker.controller !== null;
  let reloaded = false;
  serviceWorker.addEventListener('controllerchange', () => {
    if (!updating || reloaded) return;
    reloaded = true;
    window.location.reload();
  });
  const register = (): void => void serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  void Promise.all([loaded, after.catch(() => undefined)]).then(() => requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS }));
}
