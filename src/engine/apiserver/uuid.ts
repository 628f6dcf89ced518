// RFC 4122 version-4 UUIDs from the seeded generator (metadata.uid).

import type { SeededRandom } from '../base/rand.ts';

export function uuid(rand: SeededRandom): string {
  const hex = rand.hex(32).split('');
  hex[12] = '4';
  hex[16] = '89ab'[rand.int(4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
