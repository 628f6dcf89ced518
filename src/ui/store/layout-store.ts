// Which view each area of the workbench shows, and which object is selected. Features switch views
// through these functions (selecting a pod shows the inspector; `kubectl edit` shows the editor).

import { create } from 'zustand';

export type StageView = 'topology' | 'editor' | 'browser';
export type SideView = 'inspector' | 'activity';

/** An object of the cluster, as the inspector and the topology name it. */
export interface ObjectRef {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

export interface LayoutState {
  readonly stage: StageView;
  readonly side: SideView;
  readonly selection: ObjectRef | null;
}

export const useLayoutStore = create<LayoutState>()(() => ({ stage: 'topology', side: 'activity', selection: null }));

export function showStage(stage: StageView): void {
  useLayoutStore.setState({ stage });
}

export function showSide(side: SideView): void {
  useLayoutStore.setState({ side });
}

/** Selects an object and shows it in the inspector; `null` clears the selection. */
export function select(selection: ObjectRef | null): void {
  useLayoutStore.setState(selection === null ? { selection } : { selection, side: 'inspector' });
}
