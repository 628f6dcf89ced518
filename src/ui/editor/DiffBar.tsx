// Over the diff view: which side is which (the cluster, after kubectl apply), kubectl's error when
// the file cannot be diffed, and the way back to the editor.

import { useSandboxStore } from '../store/sandbox-store.ts';
import type { DiffView } from './editor-state.ts';
import { closeDiff } from './editor-store.ts';
import { editorText } from './messages.ts';

export function DiffBar({ diff }: { readonly diff: DiffView }) {
  const lang = useSandboxStore((s) => s.lang);
  return (
    <div className="diff-bar" data-testid="diff-bar">
      {diff.error !== '' ? <pre className="diff-error" role="alert">{diff.error}</pre> : (
        <>
          <span className="diff-side">{editorText(lang, 'diffLive')}</span>
          <span className="diff-side">{editorText(lang, 'diffMerged')}</span>
          {diff.live === diff.merged ? <span className="muted">{editorText(lang, 'diffSame')}</span> : null}
        </>
      )}
      <button type="button" className="control" onClick={closeDiff}>{editorText(lang, 'closeDiff')}</button>
    </div>
  );
}
