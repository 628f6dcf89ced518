// Kubernetes-style generated names and hashes.
// Mirrors apimachinery util/rand (suffix alphabet) and controller_utils ComputeHash (FNV-32a, safe encoding).

import type { SeededRandom } from './rand.ts';
import { utf8Encode } from './utf8.ts';

/** The alphabet of generated suffixes: no vowels, no confusable characters. */
export const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const MAX_GENERATED_NAME_LENGTH = 63;
const RANDOM_LENGTH = 5;
const MAX_BASE_LENGTH = MAX_GENERATED_NAME_LENGTH - RANDOM_LENGTH;

export function randomSuffix(rand: SeededRandom, length = RANDOM_LENGTH): string {
  let out = '';
  for (let i = 0; i < length; i++) out += SUFFIX_ALPHABET[rand.int(SUFFIX_ALPHABET.length)];
  return out;
}

/** metadata.generateName → name, as the API server's name generator does. */
export function generateName(rand: SeededRandom, base: string): string {
  return base.slice(0, MAX_BASE_LENGTH) + randomSuffix(rand);
}

/** Encodes a string so that it contains no vowels or confusable characters (rand.SafeEncodeString). */
export function safeEncode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += SUFFIX_ALPHABET[s.charCodeAt(i) % SUFFIX_ALPHABET.length];
  return out;
}

export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8Encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function fnv32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8Encode(text)) {
    hash = Math.imul(hash, 0x01000193) >>> 0;
    hash ^= byte;
  }
  return hash >>> 0;
}

/** pod-template-hash: FNV-32a of the template (and collision count), safe-encoded decimal. */
export function podTemplateHash(templateJson: string, collisionCount = 0): string {
  const input = collisionCount > 0 ? templateJson + String(collisionCount) : templateJson;
  return safeEncode(String(fnv32a(input)));
}
