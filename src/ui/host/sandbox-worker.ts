// The sandbox Worker, created as the page's first module runs (main.tsx imports this module first):
// its bundle downloads, compiles and evaluates while the page's own modules evaluate and render.

export const sandboxWorker = new Worker(new URL('../../worker/entry.ts', import.meta.url), { type: 'module', name: 'kubelab-sandbox' });
