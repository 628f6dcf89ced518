import { beforeEach, describe, expect, it } from 'vitest';
import { applyHostEvents, INITIAL_SANDBOX_STATE, markFailed, markReady, useSandboxStore } from './sandbox-store.ts';

beforeEach(() => useSandboxStore.setState(INITIAL_SANDBOX_STATE, true));

describe('sandbox store', () => {
  it('keeps the latest clock and revision of a batch, and ignores output', () => {
    applyHostEvents([
      { type: 'clock', nowMs: 10, speed: 1, paused: false },
      { type: 'output', sessionId: 's1', data: 'x' },
      { type: 'cluster', revision: 5 },
      { type: 'clock', nowMs: 60, speed: 2, paused: true },
    ]);
    const s = useSandboxStore.getState();
    expect(s.clock).toEqual({ nowMs: 60, speed: 2, paused: true });
    expect(s.revision).toBe(5);
  });

  it('becomes ready with the session, keeping a clock that events already brought', () => {
    applyHostEvents([{ type: 'clock', nowMs: 99, speed: 1, paused: false }]);
    markReady('s1', { nowMs: 50, speed: 1, paused: false });
    expect(useSandboxStore.getState()).toMatchObject({ status: 'ready', sessionId: 's1', clock: { nowMs: 99 } });
  });

  it('stays failed once failed', () => {
    markFailed('boom');
    markReady('s1', { nowMs: 0, speed: 1, paused: false });
    expect(useSandboxStore.getState()).toMatchObject({ status: 'failed', failure: 'boom', sessionId: null });
  });
});
