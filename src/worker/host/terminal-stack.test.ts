import { describe, expect, it } from 'vitest';
import type { HostApi, HostEvent } from './api.ts';
import { createSandbox } from './sandbox.ts';

function courseTerminal() {
  const host: HostApi = createSandbox({ seed: 1, profile: 'course' });
  const events: HostEvent[] = [];
  host.subscribe((e) => events.push(e));
  const id = host.openSession({});
  host.resize(id, 200, 24);
  let seen = 0;
  const screen = (): string => {
    const text = events.slice(seen).map((e) => (e.type === 'output' && e.sessionId === id ? e.data : '')).join('');
    seen = events.length;
    return text;
  };
  screen();
  return { screen, keys: (data: string) => host.sendKeys(id, data) };
}

describe('a terminal\'s stack of shells', () => {
  it('enters a node with ssh, keeps its own history, and comes back with Ctrl-D', () => {
    const t = courseTerminal();
    t.keys('ssh k8s-worker-1\r');
    expect(t.screen()).toMatch(/Welcome to Ubuntu 22\.04\.5 LTS[\s\S]*\r\nvagrant@k8s-worker-1:~\$ $/);
    t.keys('hostname\r');
    expect(t.screen()).toBe('hostname\r\nk8s-worker-1\r\nvagrant@k8s-worker-1:~$ ');
    t.keys('sudo -i\r');
    expect(t.screen()).toBe('sudo -i\r\nroot@k8s-worker-1:~# ');
    t.keys('exit\r');
    expect(t.screen()).toBe('exit\r\nlogout\r\nvagrant@k8s-worker-1:~$ ');
    t.keys('\x1b[A');
    expect(t.screen()).toContain('sudo -i');
    t.keys('\x15\x04');
    expect(t.screen()).toContain('logout\r\nConnection to k8s-worker-1 closed.\r\nstudent@workstation:~$ ');
  });
});
