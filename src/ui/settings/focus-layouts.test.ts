import { describe, expect, it } from 'vitest';
import { applyFocusLayout, type CollapsiblePanel } from './focus-layouts.ts';

function fakePanel(collapsed: boolean): CollapsiblePanel & { collapsed: boolean; calls: number } {
  const panel = {
    collapsed,
    calls: 0,
    collapse: () => { panel.collapsed = true; panel.calls += 1; },
    expand: () => { panel.collapsed = false; panel.calls += 1; },
    isCollapsed: () => panel.collapsed,
  };
  return panel;
}

describe('focus layouts', () => {
  it('collapses every side pane for the terminal alone', () => {
    const panels = { lesson: fakePanel(false), stage: fakePanel(false), side: fakePanel(false) };
    applyFocusLayout(panels, 'terminal');
    expect([panels.lesson.collapsed, panels.stage.collapsed, panels.side.collapsed]).toEqual([true, true, true]);
  });

  it('keeps the stage open over the terminal for topology + terminal', () => {
    const panels = { lesson: fakePanel(false), stage: fakePanel(true), side: fakePanel(false) };
    applyFocusLayout(panels, 'topology');
    expect([panels.lesson.collapsed, panels.stage.collapsed, panels.side.collapsed]).toEqual([true, false, true]);
  });

  it('opens everything, touching only what changes', () => {
    const panels = { lesson: fakePanel(true), stage: fakePanel(false), side: fakePanel(true) };
    applyFocusLayout(panels, 'everything');
    expect([panels.lesson.collapsed, panels.stage.collapsed, panels.side.collapsed]).toEqual([false, false, false]);
    expect(panels.stage.calls).toBe(0);
  });

  it('skips a panel that is not mounted', () => {
    const side = fakePanel(false);
    applyFocusLayout({ lesson: null, stage: null, side }, 'terminal');
    expect(side.collapsed).toBe(true);
  });
});
