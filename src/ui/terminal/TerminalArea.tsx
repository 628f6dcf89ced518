// The terminals: a tab strip ("Terminal 1", "+", a close button on each when there are several)
// over one mounted terminal per tab. Alt-T opens a tab, Alt-W closes the active one.

import { useEffect } from 'react';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { terminalText, withNumber } from './messages.ts';
import { listenForTabShortcuts } from './shortcuts.ts';
import { TerminalTab } from './TerminalTab.tsx';
import { activateTab, closeTab, openTab, startTabs, type TabsHost } from './terminal-tabs.ts';
import { useTerminalTabs } from './terminal-tabs-store.ts';
import './terminal.css';

export function TerminalArea({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  const ready = useSandboxStore((s) => s.status === 'ready');
  const tabs = useTerminalTabs((s) => s.tabs);
  const active = useTerminalTabs((s) => s.active);
  const host: TabsHost = client.host;

  useEffect(() => {
    const bootSession = useSandboxStore.getState().sessionId;
    if (ready && bootSession !== null) startTabs(host, bootSession);
  }, [host, ready]);

  useEffect(() => listenForTabShortcuts((action) => {
    if (action === 'newTab') openTab(host);
    else closeTab(host, useTerminalTabs.getState().active);
  }), [host]);

  const title = (n: number): string => withNumber(terminalText(lang, 'tabTitle'), n);
  return (
    <section className="terminal-area" aria-label={terminalText(lang, 'terminals')}>
      <div className="terminal-tab-strip">
        <div className="terminal-tab-list" role="tablist" aria-label={terminalText(lang, 'terminals')}>
          {tabs.map((tab) => (
            <button key={tab.number} type="button" role="tab" className="terminal-tab-button" aria-selected={tab.number === active}
              data-testid={`terminal-tab-${tab.number}`} onClick={() => activateTab(tab.number)}>
              <span className="terminal-tab-title">{title(tab.number)}</span>
              {tabs.length > 1 && (
                // Not a button of its own (a tab list holds only tabs): Alt-W closes the active tab from the keyboard.
                <span className="terminal-tab-close" aria-hidden="true" data-testid={`terminal-close-${tab.number}`}
                  title={withNumber(terminalText(lang, 'closeTab'), tab.number)}
                  onClick={(event) => { event.stopPropagation(); closeTab(host, tab.number); }}>
                  ✕
                </span>
              )}
            </button>
          ))}
        </div>
        <button type="button" className="terminal-tab-new" data-testid="terminal-new-tab" disabled={!ready}
          title={terminalText(lang, 'newTab')} aria-label={terminalText(lang, 'newTab')} onClick={() => openTab(host)}>
          +
        </button>
      </div>
      <div className="terminal-tabs">
        {tabs.map((tab) => (
          <TerminalTab key={tab.number} client={client} sessionId={tab.sessionId} active={tab.number === active} label={title(tab.number)} />
        ))}
      </div>
    </section>
  );
}
