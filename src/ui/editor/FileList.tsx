// The workspace files as a list (relative to the home directory): a click opens the file in a tab.

import { useSandboxStore } from '../store/sandbox-store.ts';
import { isDirty } from './editor-state.ts';
import { openFile, useEditorStore } from './editor-store.ts';
import { editorText } from './messages.ts';
import { displayPath } from './workspace-paths.ts';

export function FileList() {
  const lang = useSandboxStore((s) => s.lang);
  const home = useEditorStore((s) => s.home);
  const files = useEditorStore((s) => s.files);
  const open = useEditorStore((s) => s.open);
  const active = useEditorStore((s) => s.active);
  const dirty = new Set(open.filter(isDirty).map((f) => f.path));
  return (
    <nav className="file-list" aria-label={editorText(lang, 'files')}>
      <h2 className="file-list-title">{editorText(lang, 'files')}</h2>
      {files.length === 0 ? <p className="muted file-list-empty">{editorText(lang, 'noFiles')}</p> : null}
      <ul>
        {files.map((f) => (
          <li key={f.path}>
            <button type="button" className="file-entry" aria-current={f.path === active ? 'true' : undefined}
              data-testid={`file-${displayPath(home, f.path)}`} onClick={() => void openFile(f.path)}>
              {displayPath(home, f.path)}{dirty.has(f.path) ? ' ●' : ''}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
