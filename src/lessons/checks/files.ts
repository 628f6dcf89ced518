// Workspace files: there (or not), parse as YAML, and a field of their first document. Relative
// paths and `~/` are under the student's home, as the editor and the shell resolve them.

import { load, YAMLException } from 'js-yaml';
import type { CheckContext, Outcome } from '../context.ts';
import { meets } from '../expect.ts';
import { select } from '../key-path.ts';
import { catalogue, shown } from '../messages.ts';
import type { FieldTest } from '../types.ts';

export interface FileSpec {
  readonly path: string;
  readonly exists: boolean;
  readonly yaml: boolean;
  readonly test?: FieldTest;
}

export function absolutePath(path: string, home: string): string {
  if (path.startsWith('/')) return path;
  return `${home}/${path.startsWith('~/') ? path.slice(2) : path}`;
}

function parseYaml(text: string): { ok: true; doc: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, doc: load(text) };
  } catch (e) {
    if (e instanceof YAMLException) return { ok: false, reason: e.message.split('\n')[0] ?? '' };
    throw e;
  }
}

export function file(spec: FileSpec, ctx: CheckContext): Outcome {
  const t = catalogue(ctx.lang);
  const text = ctx.readFile(absolutePath(spec.path, ctx.home));
  if (text === undefined) return { pass: !spec.exists, says: t.noFile(spec.path) };
  if (!spec.exists) return { pass: false, says: t.file(spec.path) };
  if (!spec.yaml && spec.test === undefined) return { pass: true, says: t.file(spec.path) };
  const parsed = parseYaml(text);
  if (!parsed.ok) return { pass: false, says: t.notYaml(spec.path, parsed.reason) };
  if (spec.test === undefined) return { pass: true, says: t.file(spec.path) };
  const found = select(parsed.doc, spec.test.path);
  return { pass: meets(found, spec.test.expect), says: t.value(`${spec.path}, ${spec.test.path.text}`, shown(found, t), t.expectation(spec.test.expect)) };
}
