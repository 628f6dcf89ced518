// Focus layouts: which collapsible panes of the workbench stay open for "terminal only",
// "topology + terminal" and "everything". The terminals are never collapsed.

export const FOCUS_LAYOUTS = ['terminal', 'topology', 'everything'] as const;
export type FocusLayout = (typeof FOCUS_LAYOUTS)[number];

export type FocusPanel = 'lesson' | 'stage' | 'side';

const OPEN_PANELS: Readonly<Record<FocusLayout, Readonly<Record<FocusPanel, boolean>>>> = {
  terminal: { lesson: false, stage: false, side: false },
  topology: { lesson: false, stage: true, side: false },
  everything: { lesson: true, stage: true, side: true },
};

/** What react-resizable-panels' `PanelImperativeHandle` offers that we use. */
export interface CollapsiblePanel {
  collapse(): void;
  expand(): void;
  isCollapsed(): boolean;
}

export type FocusPanels = Readonly<Record<FocusPanel, CollapsiblePanel | null>>;

/** Collapses and expands the panels for `layout`; a panel not mounted yet is skipped. */
export function applyFocusLayout(panels: FocusPanels, layout: FocusLayout): void {
  for (const [name, open] of Object.entries(OPEN_PANELS[layout]) as [FocusPanel, boolean][]) {
    const panel = panels[name];
    if (panel === null || panel.isCollapsed() === !open) continue;
    if (open) panel.expand();
    else panel.collapse();
  }
}
