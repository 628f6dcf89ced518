// One terminal tab: an xterm view bound to its host session. Bytes only; the line editing, echo and
// prompt all happen in the Worker. A hidden tab stays mounted, so its scrollback survives.

import { useEffect, useRef, useState } from 'react';
import type { SessionId } from '../../worker/host/api.ts';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { usePrefsStore } from '../store/prefs-store.ts';
import { exposeTestHooks } from '../test-hooks.ts';
import { openTerminalView, type TerminalView } from './xterm-view.ts';

interface TerminalTabProps {
  readonly client: SandboxClient;
  readonly sessionId: SessionId | null;
  readonly active: boolean;
  readonly label: string;
}

export function TerminalTab({ client, sessionId, active, label }: TerminalTabProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<TerminalView | null>(null);
  const fontSize = usePrefsStore((s) => s.fontSize);

  useEffect(() => {
    if (containerRef.current === null) return;
    const opened = openTerminalView(containerRef.current, usePrefsStore.getState().fontSize);
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
    const stopResize = view.onResize((cols, rows) => void client.host.resize(sessionId, cols, rows).catch(() => undefined));
    return () => {
      stopResize();
      stopInput();
      detach();
    };
  }, [client, view, sessionId]);

  useEffect(() => view?.setFontSize(fontSize), [view, fontSize]);

  useEffect(() => {
    if (view === null || !active) return;
    view.fit();
    view.focus();
    exposeTestHooks({ term: view.term });
  }, [view, active]);

  return (
    <div className="terminal-tab" role="tabpanel" aria-label={label} hidden={!active} data-session={sessionId ?? ''}>
      <div className="terminal-screen" ref={containerRef} />
    </div>
  );
}
