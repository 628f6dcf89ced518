import { describe, expect, it } from 'vitest';
import { VirtualTerminal } from '../../cli/line-editor/testing.ts';
import type { HostApi, HostEvent } from './api.ts';
import { createSandbox } from './sandbox.ts';

/** A sandbox on the empty profile with one terminal, and what it printed since the last look. */
function terminal(history?: readonly string[]) {
  const host: HostApi = createSandbox({ seed: 1, profile: 'empty' });
  const events: HostEvent[] = [];
  host.subscribe((e) => events.push(e));
  const id = host.openSession(history ? { history } : {});
  host.resize(id, 80, 24);
  let seen = 0;
  const screen = (): string => {
    const text = events.slice(seen).map((e) => (e.type === 'output' && e.sessionId === id ? e.data : '')).join('');
    seen = events.length;
    return text;
  };
  screen();
  return { host, id, events, screen, keys: (data: string) => host.sendKeys(id, data) };
}

const PROMPT = 'student@workstation:~$ ';

describe('terminal session', () => {
  it('completes with Tab from the workstation: commands, files and kubectl', () => {
    const t = terminal();
    t.keys('kubectl get nod');
    t.screen();
    t.keys('\t');
    expect(t.screen()).toBe('es ');
    t.keys('\x15kubectl get n\t');
    expect(t.screen().endsWith('\x07')).toBe(true);
    t.keys('\t');
    expect(t.screen()).toBe(`\r\nnamespaces${' '.repeat(25)}nodes\r\nnetworkpolicies.networking.k8s.io  \r\n${PROMPT}kubectl get n`);
    t.keys('\x15cat .ku\t');
    expect(t.screen()).toContain('cat .kube/');
  });

  it('runs a pasted block line by line, waiting for each command to end', () => {
    const t = terminal();
    t.keys('sleep 2\recho after\r');
    expect(t.screen()).toBe(`sleep 2\r\n`);
    t.host.step(2_000);
    expect(t.screen()).toBe(`${PROMPT}echo after\r\nafter\r\n${PROMPT}`);
  });

  it('shows the new prompt after Ctrl-C before reading what follows it', () => {
    const t = terminal();
    t.keys('abc\x03echo x\r');
    expect(t.screen()).toBe(`abc^C\r\n${PROMPT}echo x\r\nx\r\n${PROMPT}`);
  });

  it('echoes keys typed while a command runs, then reads them at the prompt', () => {
    const t = terminal();
    t.keys('sleep 5\r');
    t.screen();
    t.keys('ech\x7fho hi\r');
    expect(t.screen()).toBe('ech\b \bho hi\r\n');
    t.host.step(5_000);
    const screen = new VirtualTerminal(80);
    screen.write(t.screen());
    expect(screen.screen).toEqual([`${PROMPT}echo hi`, 'hi', PROMPT.trimEnd()]);
  });

  it('Ctrl-C stops the command and drops what was typed ahead', () => {
    const t = terminal();
    t.keys('sleep 60\r');
    t.keys('echo lost');
    t.screen();
    t.keys('\x03');
    expect(t.screen()).toBe(`^C\r\n${PROMPT}`);
    t.host.step(60_000);
    expect(t.screen()).toBe('');
  });

  it('keeps history: given at the start, grown by each command, reported as events', () => {
    const t = terminal(['kubectl get nodes']);
    t.keys('echo one\r');
    expect(t.host.sessionHistory(t.id)).toEqual(['kubectl get nodes', 'echo one']);
    expect(t.events.filter((e) => e.type === 'history')).toEqual([{ type: 'history', sessionId: t.id, line: 'echo one' }]);
    t.keys('\x1b[A\x1b[A');
    expect(t.screen()).toContain('kubectl get nodes');
  });

  it('closes a session: its command is cancelled, its id is not reused', () => {
    const t = terminal();
    t.keys('sleep 60\r');
    t.host.closeSession(t.id);
    t.screen();
    t.host.step(60_000);
    expect(t.screen()).toBe('');
    expect(t.host.sessionHistory(t.id)).toEqual([]);
    expect(t.host.openSession()).not.toBe(t.id);
  });

  it('does nothing on Ctrl-D at the workstation prompt', () => {
    const t = terminal();
    t.keys('\x04');
    expect(t.screen()).toBe('');
  });

  it('clears the screen on Ctrl-L and draws the prompt and line again', () => {
    const t = terminal();
    t.keys('ls\x0c');
    expect(t.screen()).toBe(`ls\x1b[H\x1b[2J${PROMPT}ls`);
  });
});
