// The page's entry: reads the URL options, starts the sandbox Worker, renders the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { startSandboxClient } from './host/sandbox-client.ts';
import { setLang } from './store/sandbox-store.ts';
import { exposeTestHooks } from './test-hooks.ts';
import { parseUrlOptions } from './url-options.ts';
import './app.css';

const { seed, lang } = parseUrlOptions(window.location.search);
setLang(lang);
document.documentElement.lang = lang;

const client = startSandboxClient({ seed });
exposeTestHooks({ host: client.host });
window.addEventListener('pagehide', () => client.dispose(), { once: true });

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('kubelab: index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
