// A js-yaml schema that reads plain scalars and mappings the way kubectl's YAML library
// (sigs.k8s.io/yaml over go-yaml v2, YAML 1.1) does: yes/no/on/off are booleans, 0755 is octal,
// 1_000 is 1000, timestamps stay strings, unknown `!tags` are ignored, a later `<<` merge
// overrides earlier keys and a mapping used as a key is an error.

import { defineMappingTag, defineScalarTag, defineSequenceTag, NOT_RESOLVED, Schema, seqTag, strTag } from 'js-yaml';
import { decodeBase64, utf8Decode } from '../../../engine/index.ts';

const BOOLS = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s) => [s, false] as const),
]);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS = new Map<string, number>([
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, NaN] as const),
  ...['inf', 'Inf', 'INF'].flatMap((s) => [[`.${s}`, Infinity], [`+.${s}`, Infinity], [`-.${s}`, -Infinity]] as const),
]);

/** strconv.ParseInt(s, 0, 64) / ParseUint(s, 0, 64) syntax: sign, then 0x / 0o / 0b / leading-0 octal / decimal. */
const GO_INT = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|0([0-7]*)|([1-9][0-9]*))$/;
const GO_YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

function goInt(plain: string): number | undefined {
  const m = GO_INT.exec(plain);
  if (!m) return undefined;
  const [, sign, hex, oct, bin, leadingZeroOct, dec] = m;
  const digits = hex !== undefined ? `0x${hex}` : oct !== undefined ? `0o${oct}` : bin !== undefined ? `0b${bin}` : leadingZeroOct !== undefined ? `0o${leadingZeroOct || '0'}` : dec!;
  const value = sign === '-' ? -BigInt(digits) : BigInt(digits);
  const fitsInt64 = value >= INT64_MIN && value < -INT64_MIN;
  const fitsUint64 = sign === '' && value >= 0n && value <= UINT64_MAX;
  return fitsInt64 || fitsUint64 ? Number(value) : undefined;
}

/** go-yaml v2's resolve() for an untagged plain scalar that is not a string. */
function resolvePlain(s: string): unknown {
  if (NULLS.has(s)) return null;
  if (BOOLS.has(s)) return BOOLS.get(s);
  if (SPECIAL_FLOATS.has(s)) return SPECIAL_FLOATS.get(s);
  const first = s.charAt(0);
  if (first === '.') return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s) ? Number(s) : NOT_RESOLVED;
  if (!/[-+0-9]/.test(first)) return NOT_RESOLVED;
  const plain = s.replaceAll('_', '');
  const int = goInt(plain);
  if (int !== undefined) return int;
  if (GO_YAML_FLOAT.test(plain) && Number.isFinite(Number(plain))) return Number(plain);
  return NOT_RESOLVED;
}

const FIRST_CHARS = [...'yYnNtTfFoO~.+-0123456789', ''];

function scalarTag(name: string, accept: (v: unknown) => boolean) {
  return defineScalarTag<unknown>(`tag:yaml.org,2002:${name}`, {
    implicit: true,
    implicitFirstChars: FIRST_CHARS,
    resolve: (source) => {
      const v = resolvePlain(source);
      return v !== NOT_RESOLVED && accept(v) ? v : NOT_RESOLVED;
    },
    identify: () => false,
  });
}

/** go-yaml's %#v of a decoded key, for "invalid map key: ..." (map keys are printed sorted). */
function goSyntax(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[interface {}]interface {}{${entries.map(([k, x]) => `${JSON.stringify(k)}:${goSyntax(x)}`).join(', ')}}`;
  }
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** go-yaml v2 decodes a `<<` merge into the map being built, overwriting keys already set. */
function addPair(target: Obj, key: unknown, value: unknown): string {
  if (key !== null && typeof key === 'object') return `invalid map key: ${goSyntax(key)}`;
  if (key === null) return `unsupported map key of type: %!s(<nil>), key: <nil>, value: ${value === null ? '<nil>' : goSyntax(value)}`;
  if (key !== '<<') {
    target[String(key)] = value;
    return '';
  }
  const sources = Array.isArray(value) ? [...value].reverse() : [value];
  if (!sources.every(isObj)) return 'map merge requires map or sequence of maps as the value';
  for (const src of sources) Object.assign(target, src);
  return '';
}

function mappingTag(name: string, matchByTagPrefix: boolean) {
  return defineMappingTag<Obj>(name, {
    matchByTagPrefix,
    create: () => ({}),
    addPair,
    has: (c, k) => Object.hasOwn(c, String(k)),
    keys: (r) => Object.keys(r),
    get: (r, k) => r[String(k)],
    identify: () => false,
  });
}

/** `!!binary` decodes to the bytes as a (UTF-8) string; bad base64 is go-yaml's error. */
const binaryTag = defineScalarTag<string>('tag:yaml.org,2002:binary', {
  resolve: (source) => {
    try {
      return utf8Decode(decodeBase64(source.replace(/[ \t]/g, '')));
    } catch {
      return NOT_RESOLVED;
    }
  },
  identify: () => false,
});

/** The schema kubelab loads manifests with. Local tags (`!foo`) are ignored like go-yaml does. */
export const GO_YAML_SCHEMA = new Schema([
  strTag,
  seqTag,
  mappingTag('tag:yaml.org,2002:map', false),
  scalarTag('null', (v) => v === null),
  scalarTag('bool', (v) => typeof v === 'boolean'),
  scalarTag('int', (v) => typeof v === 'number' && Number.isInteger(v)),
  scalarTag('float', (v) => typeof v === 'number'),
  binaryTag,
  defineScalarTag<string>('!', { matchByTagPrefix: true, resolve: (s) => s, identify: () => false }),
  defineSequenceTag<unknown[]>('!', { matchByTagPrefix: true, create: () => [], addItem: (c, item) => void c.push(item), identify: () => false }),
  mappingTag('!', true),
]);

/** sigs.k8s.io/yaml's JSON step: NaN and ±Inf cannot be encoded. Returns go's message or undefined. */
export function unsupportedJsonValue(v: unknown): string | undefined {
  if (typeof v === 'number' && !Number.isFinite(v)) return `json: unsupported value: ${Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf'}`;
  if (v === null || typeof v !== 'object') return undefined;
  for (const x of Object.values(v)) {
    const err = unsupportedJsonValue(x);
    if (err) return err;
  }
  return undefined;
}
