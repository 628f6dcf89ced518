// The terminal: an xterm view bound to the sandbox's session. Bytes only; the line editing, echo
// and prompt all happen in the Worker.

import { useEffect, useRef, useState } from 'react';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { openTerminalView, type TerminalView } from '../terminal/xterm-view.ts';
import { exposeTestHooks } from '../test-hooks.ts';

export function TerminalPane({ client }: { readonly client: SandboxClient }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<TerminalView | null>(null);
  const sessionId = useSandboxStore((s) => s.sessionId);
  const lang = useSandboxStore((s) => s.lang);

  useEffect(() => {
    if (containerRef.current === null) return;
    const opened = openTerminalView(containerRef.current);
    exposeTestHooks({ term: opened.term });
    setView(opened);
    return () => {
      setView(null);
      opened.dispose();
    };
  }, []);

  useEffect(() => {
    if (view === null || sessionId === null) return;
    const detach = client.attachOutput(sessionId, (data) => view.write(data));
    const stopInput = view.onData((data) => client.sendKeys(sessionId, data));
    view.focus();
    return () => {
      stopInput();
      detach();
    };
  }, [client, view, sessionId]);

  return <main className="terminal-pane" ref={containerRef} aria-label={t(lang, 'terminal')} />;
}
