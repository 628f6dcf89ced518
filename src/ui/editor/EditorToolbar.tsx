// The editor's actions: New (named inline), New from template, Rename, Delete (confirmed inline),
// Save, Apply (kubectl apply -f in the terminal) and Diff (against the live objects).

import { useState } from 'react';
import { useSandboxStore } from '../store/sandbox-store.ts';
import {
  applyFile, createFile, createFromTemplate, deleteFile, renameFile, saveFile, showDiff, useEditorStore,
} from './editor-store.ts';
import { editorText, fill } from './messages.ts';
import { NameForm } from './NameForm.tsx';
import { TEMPLATES } from './templates.ts';
import { displayPath } from './workspace-paths.ts';

type Mode = 'idle' | 'new' | 'rename' | 'delete';

export function EditorToolbar() {
  const lang = useSandboxStore((s) => s.lang);
  const sessionId = useSandboxStore((s) => s.sessionId);
  const home = useEditorStore((s) => s.home);
  const active = useEditorStore((s) => s.active);
  const [mode, setMode] = useState<Mode>('idle');
  const idle = (): void => setMode('idle');
  const name = active === null ? '' : displayPath(home, active);

  if (mode === 'new') {
    return <div className="editor-toolbar"><NameForm lang={lang} initial="" submitLabel={editorText(lang, 'create')} onSubmit={(n) => createFile(n)} onCancel={idle} /></div>;
  }
  if (mode === 'rename' && active !== null) {
    return <div className="editor-toolbar"><NameForm lang={lang} initial={name} submitLabel={editorText(lang, 'rename')} onSubmit={(n) => renameFile(active, n)} onCancel={idle} /></div>;
  }
  if (mode === 'delete' && active !== null) {
    return (
      <div className="editor-toolbar" role="alertdialog" aria-label={fill(editorText(lang, 'deleteConfirm'), { file: name })}>
        <span>{fill(editorText(lang, 'deleteConfirm'), { file: name })}</span>
        <button type="button" className="control danger" data-testid="confirm-delete" onClick={() => void deleteFile(active).then(idle)}>
          {editorText(lang, 'delete')}
        </button>
        <button type="button" className="control" onClick={idle}>{editorText(lang, 'cancel')}</button>
      </div>
    );
  }
  return (
    <div className="editor-toolbar">
      <button type="button" className="control" title={editorText(lang, 'newFileTitle')} data-testid="new-file" onClick={() => setMode('new')}>
        {editorText(lang, 'newFile')}
      </button>
      <select className="control" aria-label={editorText(lang, 'fromTemplateTitle')} title={editorText(lang, 'fromTemplateTitle')}
        data-testid="new-from-template" value="" onChange={(e) => {
          const template = TEMPLATES.find((t) => t.kind === e.target.value);
          if (template !== undefined) void createFromTemplate(template);
        }}>
        <option value="">{editorText(lang, 'fromTemplate')}</option>
        {TEMPLATES.map((t) => <option key={t.kind} value={t.kind}>{t.kind}</option>)}
      </select>
      {active !== null ? (
        <>
          <button type="button" className="control" title={editorText(lang, 'renameTitle')} onClick={() => setMode('rename')}>{editorText(lang, 'rename')}</button>
          <button type="button" className="control" data-testid="delete-file" onClick={() => setMode('delete')}>{editorText(lang, 'delete')}</button>
          <span className="toolbar-gap" />
          <button type="button" className="control" title={editorText(lang, 'saveTitle')} onClick={() => void saveFile(active)}>{editorText(lang, 'save')}</button>
          <button type="button" className="control" title={editorText(lang, 'diffTitle')} data-testid="diff-file" onClick={() => void showDiff(active)}>
            {editorText(lang, 'diff')}
          </button>
          <button type="button" className="control primary" title={editorText(lang, 'applyTitle')} data-testid="apply-file"
            disabled={sessionId === null} onClick={() => sessionId !== null && void applyFile(active, sessionId)}>
            {editorText(lang, 'apply')}
          </button>
        </>
      ) : null}
    </div>
  );
}
