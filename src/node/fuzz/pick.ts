// The fuzzer's choices, all from one seeded generator so a seed reproduces a whole run.

import { SeededRandom } from '../../engine/base/rand.ts';

export class Picker {
  private readonly rand: SeededRandom;

  constructor(seed: number) {
    this.rand = new SeededRandom(seed);
  }

  int(n: number): number {
    return this.rand.int(n);
  }

  chance(p: number): boolean {
    return this.rand.next() < p;
  }

  one<T>(items: readonly T[]): T {
    return items[this.rand.int(items.length)]!;
  }

  some<T>(items: readonly T[], max: number): T[] {
    const n = this.rand.int(max + 1);
    return Array.from({ length: n }, () => this.one(items));
  }

  /** Printable ASCII, with now and then a control character or a non-ASCII one. */
  garbage(maxLength: number): string {
    const length = this.rand.int(maxLength + 1);
    let out = '';
    for (let i = 0; i < length; i++) {
      const r = this.rand.next();
      if (r < 0.03) out += String.fromCharCode(1 + this.rand.int(26));
      else if (r < 0.06) out += this.one(['é', 'ü', '漢', '🙂', '\u200b', '\u00a0']);
      else out += String.fromCharCode(32 + this.rand.int(95));
    }
    return out;
  }
}
