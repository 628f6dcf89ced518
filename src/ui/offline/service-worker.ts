// Registers the service worker that vite-plugin-pwa generates (`sw.js`), so that after the first
// visit the whole app (the sandbox Worker, Monaco and its workers included) loads without a network.
// Production builds only. A new build's worker takes over at once (skipWaiting + clientsClaim) and
// drops the old build's files, so a page it takes over from an older worker reloads onto the new build.

export function registerServiceWorker(): void {
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
  // After the page's own loads, so that precaching does not compete with them.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
