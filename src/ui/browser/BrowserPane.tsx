// The browser pane: a page fetched as a browser on the student's workstation would — a NodePort, an
// Ingress (with a Host header), a port kubectl port-forward listens on — shown in a sandboxed frame
// that runs no script, or as source, or as its headers.

import type { ForwardInfo } from '../../worker/host/api.ts';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { openPage, isHtml, setHostHeader, setMode, setUrl, useBrowserStore, type PageMode } from './browser-store.ts';
import { fill, tb } from './messages.ts';

const MODES: readonly PageMode[] = ['rendered', 'source', 'headers'];

export function BrowserPane({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  const { forwards, url, host, page, loading } = useBrowserStore();
  const go = (): void => void openPage((u, h) => client.host.browse({ url: u, ...(h ? { headers: { Host: h } } : {}) }));
  return (
    <section className="browser-pane" aria-label={tb(lang, 'title')} data-testid="browser-pane">
      <form className="browser-bar" onSubmit={(e) => { e.preventDefault(); go(); }}>
        <label>
          <span className="visually-hidden">{tb(lang, 'address')}</span>
          <input data-testid="browser-url" className="browser-url" value={url} spellCheck={false} placeholder="http://192.168.56.12:31008/"
            onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label className="browser-host">
          {tb(lang, 'hostHeader')}
          <input data-testid="browser-host" value={host} spellCheck={false} placeholder={tb(lang, 'hostPlaceholder')} onChange={(e) => setHostHeader(e.target.value)} />
        </label>
        <button type="submit" className="control" data-testid="browser-go" disabled={loading}>{page && page.url === url ? tb(lang, 'reload') : tb(lang, 'go')}</button>
      </form>
      <div className="browser-forwards" data-testid="browser-forwards">
        <span>{tb(lang, 'forwards')} :</span>
        {forwards.length === 0 ? <span className="muted">{tb(lang, 'noForwards')}</span> : shownForwards(forwards).map((f) => (
          <button key={`${f.address}:${f.port}`} type="button" className="control" data-testid="browser-forward"
            onClick={() => { setUrl(`http://${f.host}:${f.port}/`); go(); }}>
            {f.host}:{f.port} {fill(tb(lang, 'forwardTo'), { pod: f.pod, port: f.podPort })}
          </button>
        ))}
      </div>
      <PageView lang={lang} />
    </section>
  );
}

/** One entry per port: localhost's two listeners (127.0.0.1 and [::1]) show as one. */
function shownForwards(forwards: readonly ForwardInfo[]): Array<ForwardInfo & { readonly host: string }> {
  const out: Array<ForwardInfo & { readonly host: string }> = [];
  for (const f of forwards) {
    const host = f.address === '127.0.0.1' || f.address === '::1' || f.address === '0.0.0.0' ? 'localhost' : f.address;
    if (!out.some((o) => o.host === host && o.port === f.port)) out.push({ ...f, host });
  }
  return out;
}

function PageView({ lang }: { readonly lang: 'fr' | 'en' }) {
  const page = useBrowserStore((s) => s.page);
  const mode = useBrowserStore((s) => s.mode);
  if (page === null) return <p className="browser-empty muted">{tb(lang, 'empty')}</p>;
  if (!page.ok) {
    return <p className="browser-problem" role="alert" data-testid="browser-problem">{fill(tb(lang, page.problem), { url: page.url, host: page.host })}</p>;
  }
  const html = isHtml(page);
  return (
    <div className="browser-page">
      <div className="browser-status" data-testid="browser-status">
        <span>HTTP {page.status}</span>
        <span className="view-tabs" role="tablist">
          {MODES.filter((m) => html || m !== 'rendered').map((m) => (
            <button key={m} type="button" role="tab" className="view-tab" aria-selected={mode === m || (!html && mode === 'rendered' && m === 'source')}
              data-testid={`browser-mode-${m}`} onClick={() => setMode(m)}>{tb(lang, m)}</button>
          ))}
        </span>
      </div>
      {mode === 'headers' ? (
        <pre className="browser-text" data-testid="browser-headers">{page.headers.map(([k, v]) => `${k}: ${v}`).join('\n')}</pre>
      ) : html && mode === 'rendered' ? (
        <>
          <iframe className="browser-frame" data-testid="browser-frame" title={tb(lang, 'frameTitle')} sandbox="" srcDoc={page.body} />
          <p className="muted browser-note">{tb(lang, 'scriptsOff')}</p>
        </>
      ) : (
        <pre className="browser-text" data-testid="browser-source">{page.body}</pre>
      )}
    </div>
  );
}
