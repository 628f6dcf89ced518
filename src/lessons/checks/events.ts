// Events recorded since the step began: by reason, optionally by the object involved, its type and
// a pattern on the message (as `kubectl get events --field-selector` would narrow them).

import { parseTime, type KubeObject } from '../../engine/index.ts';
import type { CheckContext, Outcome } from '../context.ts';
import { catalogue } from '../messages.ts';

export interface EventSpec {
  readonly reason: string;
  readonly namespace?: string;
  readonly involved?: { readonly kind: string; readonly name?: string };
  readonly message?: string;
  readonly type?: string;
}

function matches(ev: KubeObject, spec: EventSpec, sinceMs: number): boolean {
  const involved = (ev['involvedObject'] ?? {}) as { kind?: unknown; name?: unknown };
  const last = parseTime(ev['lastTimestamp']) ?? 0;
  return ev['reason'] === spec.reason
    && last >= sinceMs
    && (spec.type === undefined || ev['type'] === spec.type)
    && (spec.involved === undefined || (involved.kind === spec.involved.kind && (spec.involved.name === undefined || involved.name === spec.involved.name)))
    && (spec.message === undefined || new RegExp(spec.message).test(String(ev['message'] ?? '')));
}

export function event(spec: EventSpec, ctx: CheckContext): Outcome {
  const t = catalogue(ctx.lang);
  // Determinism: seconds in lastTimestamp, so the step's start is rounded down to its second.
  const sinceMs = Math.floor(ctx.stepStartMs / 1000) * 1000;
  const found = ctx.cluster.list('Event', spec.namespace).find((ev) => matches(ev, spec, sinceMs));
  return found ? { pass: true, says: t.event(spec.reason, String(found['message'] ?? '')) } : { pass: false, says: t.noEvent(spec.reason) };
}
