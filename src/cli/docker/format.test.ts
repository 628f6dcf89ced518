// The docker CLI's number and table formats: go-units durations and sizes, tabwriter columns,
// the ellipsised COMMAND column, and flag parsing with grouped shorthands.

import { describe, expect, it } from 'vitest';
import { humanDuration, humanSize, table } from './format.ts';
import { parseFlags, UsageError } from './flags.ts';

describe('docker formats', () => {
  it('says durations as go-units does', () => {
    expect([500, 1_000, 59_000, 61_000, 300_000, 3_600_000, 7_200_000, 4 * 86_400_000].map(humanDuration))
      .toEqual(['Less than a second', '1 second', '59 seconds', 'About a minute', '5 minutes', 'About an hour', '2 hours', '4 days']);
  });

  it('says sizes with three significant digits in decimal units', () => {
    expect([4_270_000, 187_000_000, 7_800_000, 512].map(humanSize)).toEqual(['4.27MB', '187MB', '7.8MB', '512B']);
  });

  it('pads columns to their widest cell plus 3, at least 10', () => {
    expect(table([['CONTAINER ID', 'IMAGE', 'NAMES'], ['abc', 'nginx', 'web']])).toBe('CONTAINER ID   IMAGE     NAMES\nabc            nginx     web\n');
  });

  it('reads grouped shorthands and stops at the image for run', () => {
    const spec = { bools: { interactive: 'i', tty: 't', detach: 'd' }, values: { name: '' }, stopAtPositional: true };
    const p = parseFlags(['-it', '--name=web', 'busybox', 'ls', '-l'], spec);
    expect(p).toMatchObject({ positionals: ['busybox', 'ls', '-l'] });
    expect(p instanceof UsageError ? [] : [...p.bools]).toEqual(['interactive', 'tty']);
    expect(parseFlags(['--bogus'], spec)).toEqual(new UsageError('unknown flag: --bogus'));
  });
});
