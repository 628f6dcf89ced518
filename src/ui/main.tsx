// The page's entry: reads the URL options, starts the sandbox Worker, renders the app.

// First, so that the Worker starts before the page's other modules evaluate.
import { sandboxWorker } from './host/sandbox-worker.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { startSandboxClient } from './host/sandbox-client.ts';
import { setLang, whenSandboxSettled } from './store/sandbox-store.ts';
import { exposeTestHooks } from './test-hooks.ts';
import { openSharedScenario } from './time/open-shared-scenario.ts';
import { parseUrlOptions } from './url-options.ts';
import { registerServiceWorker } from './offline/service-worker.ts';
import { startDisplayPrefs } from './settings/display-prefs.ts';
import { rememberedLang } from './settings/stored-prefs.ts';
import './app.css';

const { seed, lang } = parseUrlOptions(window.location.search, { browserLanguage: navigator.language, rememberedLang: rememberedLang(localStorage) });
setLang(lang);
document.documentElement.lang = lang;
startDisplayPrefs(localStorage, document.documentElement);
registerServiceWorker(whenSandboxSettled());

const client = startSandboxClient({ seed }, sandboxWorker);
exposeTestHooks({ host: client.host });
void openSharedScenario(client);
// The Worker dies with the page; what matters is that the session is saved before (autosave runs too).
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void client.host.saveNow();
});

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('kubelab: index.html has no #root element');
// Rendered in a task of its own: starting the Worker's thread waits for the page's main thread, so
// the Worker gets its turn before the first render rather than after it.
setTimeout(() => createRoot(rootElement).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
), 0);
