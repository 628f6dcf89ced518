import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DESCRIBE_TABWRITER, TABLE_TABWRITER, TabWriter, tabbed } from './tabwriter.ts';

describe('tabwriter (kubectl get: min width 6, padding 3)', () => {
  it('pads every column but the last to max(cell + 3, 6)', () => {
    const out = tabbed(TABLE_TABWRITER, 'NAME\tREADY\tSTATUS\nweb-1\t1/1\tRunning\nx\t0/1\tCrashLoopBackOff\n');
    expect(out).toBe([
      'NAME    READY   STATUS',
      'web-1   1/1     Running',
      'x       0/1     CrashLoopBackOff',
      '',
    ].join('\n'));
  });

  it('keeps remembered widths across flushes, growing when a wider cell arrives', () => {
    let out = '';
    const w = new TabWriter(TABLE_TABWRITER, (t) => { out += t; });
    w.write('NAME\tSTATUS\nweb\tRunning\n');
    w.flush();
    w.write('a\tPending\n');
    w.flush();
    w.write('much-longer-name\tRunning\n');
    w.flush();
    w.write('b\tDone\n');
    w.flush();
    expect(out).toBe([
      'NAME   STATUS',
      'web    Running',
      'a      Pending',
      'much-longer-name   Running',
      'b                  Done',
      '',
    ].join('\n'));
  });
});

describe('tabwriter (describe: min width 0, padding 2)', () => {
  it('aligns each block of consecutive tabbed lines on its own', () => {
    const text = 'Name:\tweb\nService Account:\tdefault\nIP:\t\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/web\nContainers:\n';
    expect(tabbed(DESCRIBE_TABWRITER, text)).toBe([
      'Name:             web',
      'Service Account:  default',
      'IP:               ',
      'IPs:',
      '  IP:           10.0.0.1',
      'Controlled By:  ReplicaSet/web',
      'Containers:',
      '',
    ].join('\n'));
  });

  it('pads a terminated cell even when nothing follows it (Conditions status cells)', () => {
    expect(tabbed(DESCRIBE_TABWRITER, '  Type\tStatus\n  PodScheduled \tFalse \n')).toBe('  Type           Status\n  PodScheduled   False \n');
  });

  it('lets a line with more cells start a nested block', () => {
    const text = 'Port:\t<unset>\t80/TCP\nTargetPort:\t8080/TCP\n';
    expect(tabbed(DESCRIBE_TABWRITER, text)).toBe('Port:        <unset>  80/TCP\nTargetPort:  8080/TCP\n');
  });
});

describe('tabwriter properties', () => {
  const cellText = fc.stringMatching(/^[a-z0-9/.-]{0,12}$/);
  const table = fc.integer({ min: 1, max: 5 }).chain((cols) =>
    fc.array(fc.array(cellText, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 8 }));

  it('starts every cell of a column at the same offset in a rectangular table', () => {
    fc.assert(fc.property(table, (rows) => {
      const out = tabbed(TABLE_TABWRITER, rows.map((r) => `${r.join('\t')}\n`).join(''));
      const lines = out.split('\n').slice(0, -1);
      expect(lines).toHaveLength(rows.length);
      const cols = rows[0]!.length;
      let offset = 0;
      for (let c = 0; c < cols; c++) {
        const width = Math.max(6, ...rows.map((r) => r[c]!.length + 3));
        for (const [i, line] of lines.entries()) {
          const cell = rows[i]![c]!;
          expect(line.slice(offset, offset + cell.length)).toBe(cell);
          if (c < cols - 1) expect(line.slice(offset + cell.length, offset + width).trim()).toBe('');
        }
        offset += width;
      }
      for (const [i, line] of lines.entries()) expect(line.endsWith(rows[i]![cols - 1]!)).toBe(true);
    }));
  });

  it('gives the same result however the input is split into writes', () => {
    fc.assert(fc.property(table, fc.array(fc.nat(200), { maxLength: 6 }), (rows, cuts) => {
      const text = rows.map((r) => `${r.join('\t')}\n`).join('');
      let out = '';
      const w = new TabWriter(DESCRIBE_TABWRITER, (t) => { out += t; });
      let last = 0;
      for (const cut of [...cuts].sort((a, b) => a - b)) {
        const at = Math.min(cut, text.length);
        w.write(text.slice(last, at));
        last = Math.max(last, at);
      }
      w.write(text.slice(last));
      w.flush();
      expect(out).toBe(tabbed(DESCRIBE_TABWRITER, text));
    }));
  });

  it('writes a cell with writeCell exactly as write does with its tab or newline, control characters and flushes included', () => {
    const step = fc.oneof(
      fc.record({ text: fc.oneof(cellText, fc.string({ unit: fc.constantFrom('a', '\t', '\n', '\v', '\f', '\u00e9', '\u{1f600}'), maxLength: 6 })), last: fc.boolean() }),
      fc.constant('flush' as const),
      fc.constant('partial' as const),
    );
    fc.assert(fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
      const calls: string[][] = [[], []];
      const writers = [0, 1].map((k) => new TabWriter(TABLE_TABWRITER, (t) => { calls[k]!.push(t); }));
      for (const s of steps) {
        if (s === 'flush') writers.forEach((w) => w.flush());
        else if (s === 'partial') writers.forEach((w) => w.write('x'));
        else {
          writers[0]!.writeCell(s.text, s.last);
          writers[1]!.write(s.text + (s.last ? '\n' : '\t'));
        }
      }
      writers.forEach((w) => w.flush());
      expect(calls[0]).toEqual(calls[1]);
    }));
  });
});
