// The Monaco adapter: the only module besides monaco-setup.ts that knows Monaco's API. One editor
// whose model follows the active tab (one model per file, keyed by its path, so YAML validation
// picks the Kubernetes schema by file name), and a read-only diff view.

import { DARK_THEME, type Monaco } from './monaco-setup.ts';
import { languageOf } from './workspace-paths.ts';

type CodeEditor = ReturnType<Monaco['editor']['create']>;
type TextModel = ReturnType<Monaco['editor']['createModel']>;
type ViewState = ReturnType<CodeEditor['saveViewState']>;

export interface EditorView {
  /** Shows a file, creating its model with `text` the first time. */
  show(path: string, text: string): void;
  /** Brings a file's model to `text` when it differs (the file was read again); undo keeps working. */
  sync(path: string, text: string): void;
  /** Forgets the models of files no longer open. */
  keepOnly(paths: ReadonlySet<string>): void;
  setFontSize(px: number): void;
  /** Every edit of a file's text; returns a function that stops listening. */
  onChange(listener: (path: string, text: string) => void): () => void;
  /** Ctrl-S (Cmd-S) inside the editor. */
  onSave(listener: () => void): void;
  focus(): void;
  dispose(): void;
}

const EDITOR_OPTIONS = {
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  renderWhitespace: 'boundary',
  quickSuggestions: { other: true, comments: false, strings: true },
  fixedOverflowWidgets: true,
  theme: DARK_THEME,
} as const;

export function openEditorView(monaco: Monaco, container: HTMLElement, fontSize: number): EditorView {
  const editor = monaco.editor.create(container, { ...EDITOR_OPTIONS, fontSize, model: null });
  const models = new Map<string, TextModel>();
  const viewStates = new Map<string, ViewState>();
  const changeListeners = new Set<(path: string, text: string) => void>();
  let current: string | null = null;

  const modelFor = (path: string, text: string): TextModel => {
    let model = models.get(path);
    if (model === undefined) {
      model = monaco.editor.createModel(text, languageOf(path), monaco.Uri.file(path));
      const owned = model;
      owned.onDidChangeContent(() => {
        for (const listener of changeListeners) listener(path, owned.getValue());
      });
      models.set(path, model);
    }
    return model;
  };

  return {
    show(path, text) {
      if (current === path) return;
      if (current !== null) viewStates.set(current, editor.saveViewState());
      editor.setModel(modelFor(path, text));
      const state = viewStates.get(path);
      if (state) editor.restoreViewState(state);
      current = path;
    },
    sync(path, text) {
      const model = models.get(path);
      if (model === undefined || model.getValue() === text) return;
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
    },
    keepOnly(paths) {
      for (const [path, model] of models) {
        if (paths.has(path)) continue;
        if (current === path) {
          editor.setModel(null);
          current = null;
        }
        model.dispose();
        models.delete(path);
        viewStates.delete(path);
      }
    },
    setFontSize: (px) => editor.updateOptions({ fontSize: px }),
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    onSave(listener) {
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, listener);
    },
    focus: () => editor.focus(),
    dispose() {
      editor.dispose();
      for (const model of models.values()) model.dispose();
      models.clear();
    },
  };
}

export interface DiffViewHandle {
  dispose(): void;
}

/** The live objects on the left, what applying the file would make of them on the right. */
export function openDiffView(monaco: Monaco, container: HTMLElement, live: string, merged: string, fontSize: number): DiffViewHandle {
  const diff = monaco.editor.createDiffEditor(container, {
    automaticLayout: true,
    readOnly: true,
    originalEditable: false,
    renderSideBySide: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize,
    theme: DARK_THEME,
  });
  // No .yaml in these names: read-only views of the server's objects get no validation markers.
  const original = monaco.editor.createModel(live, 'yaml', monaco.Uri.parse('inmemory://kubelab/diff/live'));
  const modified = monaco.editor.createModel(merged, 'yaml', monaco.Uri.parse('inmemory://kubelab/diff/merged'));
  diff.setModel({ original, modified });
  return {
    dispose() {
      diff.dispose();
      original.dispose();
      modified.dispose();
    },
  };
}
