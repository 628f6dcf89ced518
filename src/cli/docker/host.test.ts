// go-units BytesSize as docker stats and docker info print it.

import { describe, expect, it } from 'vitest';
import { bytesSize, WORKSTATION_HOST } from './host.ts';

describe('bytesSize', () => {
  it('prints binary units with four significant digits', () => {
    expect(bytesSize(0)).toBe('0B');
    expect(bytesSize(453_400)).toBe('442.8KiB');
    expect(bytesSize(6_594_000)).toBe('6.289MiB');
    expect(bytesSize(256 * 1024 * 1024)).toBe('256MiB');
    expect(bytesSize(WORKSTATION_HOST.memoryBytes)).toBe('15.54GiB');
  });
});
