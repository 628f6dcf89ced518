// Checks on API objects: one object present or absent, a field of it, a condition, and how many
// objects of a kind match a selector and field tests.

import { formatNamespace, type CheckContext, type Outcome } from '../context.ts';
import { meets } from '../expect.ts';
import { select } from '../key-path.ts';
import { catalogue, objectName, shown } from '../messages.ts';
import type { Expectation, FieldTest, ObjectRef } from '../types.ts';

export function exists(ref: ObjectRef, ctx: CheckContext): Outcome {
  const t = catalogue(ctx.lang);
  const name = objectName(ref, ctx.lang);
  const found = ctx.cluster.get(ref.kind, ref.namespace, ref.name) !== undefined;
  return { pass: found, says: found ? t.found(name) : t.notFound(name) };
}

export function field(ref: ObjectRef, test: FieldTest, ctx: CheckContext): Outcome {
  const t = catalogue(ctx.lang);
  const name = objectName(ref, ctx.lang);
  const obj = ctx.cluster.get(ref.kind, ref.namespace, ref.name);
  if (obj === undefined) return { pass: false, says: t.notFound(name) };
  const found = select(obj, test.path);
  return { pass: meets(found, test.expect), says: t.value(`${name}, ${test.path.text}`, shown(found, t), t.expectation(test.expect)) };
}

export function condition(ref: ObjectRef, type: string, status: string, ctx: CheckContext): Outcome {
  const t = catalogue(ctx.lang);
  const name = objectName(ref, ctx.lang);
  const obj = ctx.cluster.get(ref.kind, ref.namespace, ref.name);
  if (obj === undefined) return { pass: false, says: t.notFound(name) };
  const conditions = (obj['status'] as { conditions?: unknown } | undefined)?.conditions;
  const found = Array.isArray(conditions) ? (conditions.find((c: { type?: unknown }) => c.type === type) as { status?: unknown } | undefined)?.status : undefined;
  return { pass: found === status, says: t.value(`${name}, condition ${type}`, shown(found, t), status) };
}

export interface CountSpec {
  readonly kind: string;
  readonly namespace?: string;
  readonly selector?: string;
  readonly where: readonly FieldTest[];
  readonly expect: Expectation;
}

export function count(spec: CountSpec, ctx: CheckContext): Outcome {
  const t = catalogue(ctx.lang);
  const matching = ctx.cluster.list(spec.kind, spec.namespace ?? 'default', spec.selector)
    .filter((obj) => spec.where.every((w) => meets(select(obj, w.path), w.expect)));
  const filters = [spec.selector, ...spec.where.map((w) => `${w.path.text}=${t.expectation(w.expect)}`)].filter((s) => s !== undefined);
  const what = `${spec.kind}${filters.length > 0 ? ` (${filters.join(', ')})` : ''}${formatNamespace(spec.namespace)}`;
  return { pass: meets(matching.length, spec.expect), says: t.count(what, matching.length, t.expectation(spec.expect)) };
}
