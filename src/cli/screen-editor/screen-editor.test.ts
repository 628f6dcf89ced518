import { describe, expect, it } from 'vitest';
import { ScreenEditor } from './screen-editor.ts';

describe('the workstation screen', () => {
  it('shows files until they are saved, quit or closed, counting every change', () => {
    const screen = new ScreenEditor();
    const a = screen.show('/home/student/a.yaml', 'vi');
    const b = screen.show('/tmp/kubectl-edit-abcde.yaml', 'vi');
    expect(screen.edits().map((e) => e.id)).toEqual([a.id, b.id]);
    expect(screen.finish(a.id, 'saved')).toBe(true);
    expect(a.outcome()).toBe('saved');
    expect(screen.finish(a.id, 'quit')).toBe(false);
    b.close();
    expect(b.outcome()).toBeUndefined();
    expect(screen.edits()).toEqual([]);
    expect(screen.changeCount).toBe(4);
  });
});
