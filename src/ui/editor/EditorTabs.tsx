// The open files as tabs: a dot marks unsaved changes; × saves and closes (screen edits close only
// through their own buttons).

import { useSandboxStore } from '../store/sandbox-store.ts';
import { isDirty } from './editor-state.ts';
import { activate, closeTab, useEditorStore } from './editor-store.ts';
import { editorText } from './messages.ts';
import { displayPath } from './workspace-paths.ts';

export function EditorTabs() {
  const lang = useSandboxStore((s) => s.lang);
  const home = useEditorStore((s) => s.home);
  const open = useEditorStore((s) => s.open);
  const active = useEditorStore((s) => s.active);
  if (open.length === 0) return null;
  return (
    <div className="editor-tabs" role="tablist" aria-label={editorText(lang, 'openFiles')}>
      {open.map((f) => {
        const name = displayPath(home, f.path);
        return (
          <div key={f.path} className="editor-tab" data-active={f.path === active}>
            <button type="button" role="tab" aria-selected={f.path === active} className="editor-tab-name"
              data-testid={`tab-${name}`} onClick={() => activate(f.path)}>
              {name}
              {isDirty(f) ? <span className="unsaved-mark" title={editorText(lang, 'unsaved')} aria-label={editorText(lang, 'unsaved')}> ●</span> : null}
            </button>
            {f.edit === undefined ? (
              <button type="button" className="editor-tab-close" aria-label={`${editorText(lang, 'closeTab')} ${name}`}
                onClick={() => void closeTab(f.path)}>×</button>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
