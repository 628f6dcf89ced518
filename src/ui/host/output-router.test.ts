import { describe, expect, it } from 'vitest';
import { createOutputRouter } from './output-router.ts';

describe('output router', () => {
  it('replays what arrived before the terminal attached, then writes through', () => {
    const router = createOutputRouter();
    router.write('s1', 'user@host:~$ ');
    const screen: string[] = [];
    router.attach('s1', (d) => screen.push(d));
    router.write('s1', 'k');
    expect(screen).toEqual(['user@host:~$ ', 'k']);
  });

  it('holds output again after detach, for the next terminal', () => {
    const router = createOutputRouter();
    const first: string[] = [];
    const detach = router.attach('s1', (d) => first.push(d));
    detach();
    router.write('s1', 'later');
    const second: string[] = [];
    router.attach('s1', (d) => second.push(d));
    expect(first).toEqual([]);
    expect(second).toEqual(['later']);
  });

  it('keeps a newer terminal attached when an older one detaches late', () => {
    const router = createOutputRouter();
    const detachOld = router.attach('s1', () => undefined);
    const screen: string[] = [];
    router.attach('s1', (d) => screen.push(d));
    detachOld();
    router.write('s1', 'x');
    expect(screen).toEqual(['x']);
  });
});
