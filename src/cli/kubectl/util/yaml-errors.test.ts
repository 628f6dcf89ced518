// Every recorded manifest goes through parseManifestText: YAML/JSON errors must read exactly like
// real kubectl's, and accepted manifests must yield the objects kubectl would send.

import { describe, expect, it } from 'vitest';
import { parseManifestText } from './manifests.ts';
import { YAML_CASES, type YamlCase } from './yaml-errors.fixture.ts';

/** What kubelab should do with the text: fail with kubectl's message, or return these objects. */
function expected(c: YamlCase): { error: string } | { objects: readonly unknown[] } | { notParseError: true } {
  if (c.local.startsWith('error: error parsing ')) return { error: c.local.replace(/^error: /, '').trimEnd() };
  const notAnObject = c.local.includes('into Go value of type unstructured.detector');
  if (notAnObject && c.apply.includes('invalid object to validate')) return { error: c.apply.replace(/^error: /, '').trimEnd() };
  if (c.objects) return { objects: c.objects.map(withObjectMeta) };
  return { notParseError: true };
}

/** kubelab decodes a null `metadata` as an empty ObjectMeta (see manifests.ts); kubectl sends it as is. */
function withObjectMeta(o: unknown): unknown {
  const obj = o as Record<string, unknown>;
  return obj.metadata === null ? { ...obj, metadata: {} } : obj;
}

function run(c: YamlCase): { error: string } | { objects: readonly unknown[] } {
  try {
    return { objects: parseManifestText(c.file, c.text).map((m) => m.object) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe('manifest YAML/JSON errors match kubectl v1.31', () => {
  it('apply and create parse the same way', () => {
    const differ = YAML_CASES.filter((c) => c.apply.replace('apply', 'create') !== c.create).map((c) => c.name);
    expect(differ).toEqual([]);
  });

  it.each(YAML_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const want = expected(c);
    const got = run(c);
    if ('notParseError' in want) expect('error' in got ? got.error : '').not.toMatch(/^error parsing /);
    else expect(got).toEqual(want);
  });
});
