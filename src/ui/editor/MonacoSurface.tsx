// The editor surface, in the lazily loaded chunk with Monaco: the active tab's text (kept in step
// with the store both ways), Ctrl-S, the font size from the display preferences, and the diff view.

import { useEffect, useRef, useState } from 'react';
import type { JsonSchema } from '../../worker/host/api.ts';
import { usePrefsStore } from '../store/prefs-store.ts';
import { saveFile, setText, useEditorStore } from './editor-store.ts';
import { setUpMonaco, type Monaco } from './monaco-setup.ts';
import { openDiffView, openEditorView, type EditorView } from './monaco-view.ts';
import type { DiffView } from './editor-state.ts';

let schemaRequest: Promise<JsonSchema> | undefined;

export function MonacoSurface({ loadSchema }: { readonly loadSchema: () => Promise<JsonSchema> }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<{ monaco: Monaco; view: EditorView } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const open = useEditorStore((s) => s.open);
  const active = useEditorStore((s) => s.active);
  const diff = useEditorStore((s) => s.diff);
  const fontSize = usePrefsStore((s) => s.fontSize);

  useEffect(() => {
    let view: EditorView | undefined;
    let cancelled = false;
    // The schema is asked for once per session; Monaco is set up once per page.
    schemaRequest ??= loadSchema();
    schemaRequest.then((schema) => {
      if (cancelled || containerRef.current === null) return;
      const monaco = setUpMonaco(schema);
      view = openEditorView(monaco, containerRef.current, usePrefsStore.getState().fontSize);
      view.onChange(setText);
      view.onSave(() => {
        const path = useEditorStore.getState().active;
        if (path !== null) void saveFile(path);
      });
      setLoaded({ monaco, view });
    }, (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
      view?.dispose();
      setLoaded(null);
    };
  }, [loadSchema]);

  useEffect(() => {
    if (loaded === null) return;
    for (const file of open) loaded.view.sync(file.path, file.text);
    loaded.view.keepOnly(new Set(open.map((f) => f.path)));
    const shown = open.find((f) => f.path === active);
    if (shown !== undefined) loaded.view.show(shown.path, shown.text);
  }, [loaded, open, active]);

  // Focus follows the tab the person picked (not every save of the store).
  useEffect(() => {
    if (active !== null) loaded?.view.focus();
  }, [loaded, active]);

  useEffect(() => loaded?.view.setFontSize(fontSize), [loaded, fontSize]);

  return (
    <div className="monaco-surface">
      {failure !== null ? <p className="editor-failure" role="alert">{failure}</p> : null}
      <div className="monaco-host" ref={containerRef} hidden={diff !== null || active === null} data-testid="monaco-host" />
      {loaded !== null && diff !== null && diff.error === '' ? <DiffSurface monaco={loaded.monaco} diff={diff} fontSize={fontSize} /> : null}
    </div>
  );
}

function DiffSurface({ monaco, diff, fontSize }: { readonly monaco: Monaco; readonly diff: DiffView; readonly fontSize: number }) {
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (containerRef.current === null) return;
    const view = openDiffView(monaco, containerRef.current, diff.live, diff.merged, fontSize);
    return () => view.dispose();
  }, [monaco, diff, fontSize]);
  return <div className="monaco-diff" ref={containerRef} data-testid="monaco-diff" />;
}
