// The bar over a file that `vi` or kubectl edit opened: the command waits in the terminal until
// Save & close (it reads the file and goes on) or Cancel (it sees the file unchanged).

import { useSandboxStore } from '../store/sandbox-store.ts';
import type { OpenFile } from './editor-state.ts';
import { finishScreenEdit } from './editor-store.ts';
import { editorText, fill } from './messages.ts';

const KUBECTL_EDIT_FILE = /\/kubectl-edit-[a-z0-9]+\.(ya?ml|json)$/;

export function ScreenEditBar({ file }: { readonly file: OpenFile }) {
  const lang = useSandboxStore((s) => s.lang);
  const program = file.edit?.program ?? '';
  const message = KUBECTL_EDIT_FILE.test(file.path) ? editorText(lang, 'kubectlEdit') : fill(editorText(lang, 'screenEdit'), { program });
  return (
    <div className="editor-toolbar screen-edit-bar" role="status">
      <span className="screen-edit-message">{message}</span>
      <button type="button" className="control primary" title={editorText(lang, 'saveAndCloseTitle')} data-testid="save-and-close"
        onClick={() => void finishScreenEdit(file.path, true)}>
        {editorText(lang, 'saveAndClose')}
      </button>
      <button type="button" className="control" title={editorText(lang, 'quitTitle')} data-testid="quit-edit"
        onClick={() => void finishScreenEdit(file.path, false)}>
        {editorText(lang, 'quit')}
      </button>
    </div>
  );
}
