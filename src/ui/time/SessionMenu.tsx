// The session menu in the header: named snapshots (take, restore, delete), export and import of a
// session file, and a reset to a fresh cluster.

import { useEffect, useRef, useState } from 'react';
import type { SnapshotInfo } from '../../worker/protocol.ts';
import { formatClockTime } from '../format-time.ts';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { tt } from './messages.ts';
import { downloadText, sessionFileName } from './session-file-download.ts';
import { encodeScenario, MAX_LINK_CHARS, shareUrl } from './share-link.ts';

export function SessionMenu({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  const ready = useSandboxStore((s) => s.status === 'ready');
  const [open, setOpen] = useState(false);
  const [snapshots, setSnapshots] = useState<readonly SnapshotInfo[]>([]);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const refresh = (): void => void client.host.listSnapshots().then(setSnapshots);
  useEffect(() => {
    if (open) void client.host.listSnapshots().then(setSnapshots);
  }, [client, open]);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const save = async (): Promise<void> => {
    await client.host.saveSnapshot(name);
    setName('');
    refresh();
  };
  const restore = async (id: string): Promise<void> => {
    if (await client.host.restoreSnapshot(id)) setOpen(false);
  };
  const exportSession = async (): Promise<void> => {
    downloadText(sessionFileName(useSandboxStore.getState().clock?.nowMs ?? 0), await client.host.exportSession());
  };
  const importSession = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    const result = await client.host.importSession(await file.text());
    if (result.ok) {
      setProblem(null);
      setOpen(false);
    } else setProblem(result.reason);
  };
  const share = async (): Promise<void> => {
    const sessionId = useSandboxStore.getState().sessionId;
    const lines = sessionId === null ? [] : await client.host.sessionHistory(sessionId);
    const encoded = await encodeScenario(await client.host.shareScenario(lines));
    if (encoded.length > MAX_LINK_CHARS) {
      setProblem(tt(lang, 'linkTooLong'));
      return;
    }
    const url = shareUrl(window.location, encoded);
    setLink(url);
    await navigator.clipboard?.writeText(url).catch(() => undefined);
  };
  const reset = (): void => {
    if (!window.confirm(tt(lang, 'resetConfirm'))) return;
    void client.host.reset();
    setOpen(false);
  };

  return (
    <>
      <button type="button" className="control" data-testid="session-menu" disabled={!ready} onClick={() => setOpen(true)}>
        {tt(lang, 'session')}
      </button>
      <dialog ref={dialog} className="session-dialog" aria-labelledby="session-title" onClose={() => setOpen(false)}>
        <h2 id="session-title">{tt(lang, 'snapshots')}</h2>
        <form className="snapshot-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <input className="text-input" value={name} maxLength={80} aria-label={tt(lang, 'snapshotName')}
            placeholder={tt(lang, 'snapshotName')} data-testid="snapshot-name" onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="control" data-testid="snapshot-save">{tt(lang, 'saveSnapshot')}</button>
        </form>
        {snapshots.length === 0 ? <p className="muted">{tt(lang, 'noSnapshots')}</p> : (
          <ul className="snapshot-list">
            {snapshots.map((s) => (
              <li key={s.id} data-testid="snapshot">
                <span className="snapshot-name">{s.name}</span>
                <span className="snapshot-time">{formatClockTime(s.timeMs)}</span>
                <button type="button" className="control" onClick={() => void restore(s.id)}>{tt(lang, 'restoreSnapshot')}</button>
                <button type="button" className="control" onClick={() => void client.host.deleteSnapshot(s.id).then(refresh)}>{tt(lang, 'deleteSnapshot')}</button>
              </li>
            ))}
          </ul>
        )}
        <div className="session-actions">
          <button type="button" className="control" data-testid="session-export" onClick={() => void exportSession()}>{tt(lang, 'exportSession')}</button>
          <label className="control file-control">
            {tt(lang, 'importSession')}
            <input type="file" accept=".json,application/json" data-testid="session-import" onChange={(e) => void importSession(e.target.files?.[0])} />
          </label>
          <button type="button" className="control" data-testid="session-share" onClick={() => void share()}>{tt(lang, 'shareLink')}</button>
          <button type="button" className="control danger" data-testid="session-reset" onClick={reset}>{tt(lang, 'reset')}</button>
        </div>
        {link !== null && (
          <label className="share-link">
            {tt(lang, 'linkCopied')}
            <input className="text-input" readOnly value={link} data-testid="share-link" onFocus={(e) => e.target.select()} />
          </label>
        )}
        {problem !== null && <p className="status-failed" role="alert">{tt(lang, 'importFailed')} {problem}</p>}
        <button type="button" className="control dialog-close" onClick={() => setOpen(false)}>{tt(lang, 'close')}</button>
      </dialog>
    </>
  );
}
