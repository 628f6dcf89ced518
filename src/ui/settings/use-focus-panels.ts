// The workbench's side of the focus layouts: refs for its collapsible panels, and a store through
// which the display controls ask for a layout (the "topology + terminal" one also shows the topology).

import { useEffect, type RefObject } from 'react';
import { usePanelRef, type PanelImperativeHandle } from 'react-resizable-panels';
import { create } from 'zustand';
import { showStage } from '../store/layout-store.ts';
import { applyFocusLayout, type FocusLayout, type FocusPanel } from './focus-layouts.ts';

interface FocusRequest {
  readonly layout: FocusLayout;
  /** Counts requests, so asking twice for the same layout applies it twice (after a drag, say). */
  readonly seq: number;
}

const useFocusStore = create<{ readonly request: FocusRequest | null }>()(() => ({ request: null }));

export function requestFocusLayout(layout: FocusLayout): void {
  useFocusStore.setState((s) => ({ request: { layout, seq: (s.request?.seq ?? 0) + 1 } }));
  if (layout === 'topology') showStage('topology');
}

export type FocusPanelRefs = Readonly<Record<FocusPanel, RefObject<PanelImperativeHandle | null>>>;

/** Call in the workbench; pass each ref as `panelRef` of its Panel. */
export function useFocusPanels(): FocusPanelRefs {
  const lesson = usePanelRef();
  const stage = usePanelRef();
  const side = usePanelRef();
  useEffect(() => useFocusStore.subscribe(({ request }) => {
    if (request === null) return;
    applyFocusLayout({ lesson: lesson.current, stage: stage.current, side: side.current }, request.layout);
  }), [lesson, stage, side]);
  return { lesson, stage, side };
}
