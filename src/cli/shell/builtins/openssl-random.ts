// The randomness `openssl` draws on the workstation: key material, serials, rand output, the key
// generation's progress dots. Determinism: seeded from the virtual time, the command line and the
// session's history length, so the same session replays byte for byte (the workstation shell has no
// access to the cluster's generator).

import type { CommandContext } from '../types.ts';

export interface OpensslRandom {
  byte(): number;
  bytes(n: number): number[];
  int(n: number): number;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** mulberry32 over a seed made from what identifies this run of the command. */
export function opensslRandom(ctx: CommandContext): OpensslRandom {
  let state = fnv1a(`${ctx.nowMs()}\u0000${ctx.argv.join('\u0000')}\u0000${ctx.history.length}\u0000${ctx.cwd}`);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const byte = (): number => Math.floor(next() * 256);
  return { byte, bytes: (n) => Array.from({ length: n }, byte), int: (n) => Math.floor(next() * n) };
}

/** The thread id OpenSSL prefixes its error-queue lines with (`4037E16F0A7F0000`). */
export function errorPrefix(rand: OpensslRandom): string {
  return `${rand.bytes(5).map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase()}7F0000`;
}
