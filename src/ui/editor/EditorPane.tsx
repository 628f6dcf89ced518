// The editor pane: the workspace files (the same ones the shell sees) in tabs over a YAML editor
// that checks each document against its kind. Monaco loads only once the pane is first shown.

import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { DiffBar } from './DiffBar.tsx';
import { EditorTabs } from './EditorTabs.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { connectEditor, dismissProblem, saveFile, useEditorStore } from './editor-store.ts';
import { FileList } from './FileList.tsx';
import { editorText, fill } from './messages.ts';
import { ScreenEditBar } from './ScreenEditBar.tsx';
import { displayPath } from './workspace-paths.ts';
import './editor.css';

const MonacoSurface = lazy(() => import('./MonacoSurface.tsx').then((m) => ({ default: m.MonacoSurface })));

export function EditorPane({ client, active }: { readonly client: SandboxClient; readonly active: boolean }) {
  const lang = useSandboxStore((s) => s.lang);
  const status = useSandboxStore((s) => s.status);
  const [shown, setShown] = useState(false);
  const activePath = useEditorStore((s) => s.active);
  const activeFile = useEditorStore((s) => s.open.find((f) => f.path === s.active));
  const diff = useEditorStore((s) => s.diff);
  const loadSchema = useCallback(() => client.host.editorSchema(), [client]);

  useEffect(() => {
    if (status === 'ready') void connectEditor(client.host);
  }, [client, status]);
  useEffect(() => {
    if (active) setShown(true);
  }, [active]);

  return (
    <section className="editor-pane" aria-label={editorText(lang, 'files')} data-testid="editor-pane" onKeyDown={(e) => {
      // Ctrl-S outside Monaco (file list, toolbar) saves too, rather than the browser's Save Page.
      if ((e.ctrlKey || e.metaKey) && e.key === 's' && activePath !== null) {
        e.preventDefault();
        void saveFile(activePath);
      }
    }}>
      {activeFile?.edit !== undefined ? <ScreenEditBar file={activeFile} /> : <EditorToolbar />}
      <ProblemNotice />
      {diff !== null ? <DiffBar diff={diff} /> : null}
      <div className="editor-body">
        <FileList />
        <div className="editor-main">
          <EditorTabs />
          {shown ? (
            <Suspense fallback={<p className="placeholder">{editorText(lang, 'loading')}</p>}>
              <MonacoSurface loadSchema={loadSchema} />
            </Suspense>
          ) : null}
        </div>
      </div>
    </section>
  );
}

function ProblemNotice() {
  const lang = useSandboxStore((s) => s.lang);
  const home = useEditorStore((s) => s.home);
  const problem = useEditorStore((s) => s.problem);
  if (problem === null) return null;
  return (
    <p className="editor-problem" role="alert">
      {fill(editorText(lang, problem.code), { file: displayPath(home, problem.path) })}
      <button type="button" className="control notice-close" aria-label={editorText(lang, 'cancel')} onClick={dismissProblem}>×</button>
    </p>
  );
}
