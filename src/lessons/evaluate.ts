// Evaluates a step's checks: each predicate against the context, combined with all/any/not, and
// "holds for N seconds" through a memory of since when each check has passed, which the host keeps
// between evaluations. Pure: the same lesson, context and memory give the same answer.

import type { CheckContext, Outcome } from './context.ts';
import { command } from './checks/commands.ts';
import { event } from './checks/events.ts';
import { file } from './checks/files.ts';
import { condition, count, exists, field } from './checks/objects.ts';
import { placement } from './checks/placement.ts';
import { catalogue, objectName } from './messages.ts';
import type { Lesson, Predicate, StepData } from './types.ts';

export type CheckState = 'pass' | 'holding' | 'fail';

export interface CheckStatus {
  readonly id: string;
  /** What the check checks, in the context's language. */
  readonly label: string;
  readonly state: CheckState;
  /** What was found: on failure, how it differs from what is expected. */
  readonly detail: string;
  /** While holding: how much longer the check must keep passing. */
  readonly remainingMs?: number;
}

/** Check id → since when (virtual ms) it has passed without a break. */
export type HoldMemory = Readonly<Record<string, number>>;

export interface StepStatus {
  readonly checks: readonly CheckStatus[];
  /** Every check passes and has held long enough: the step is done. */
  readonly complete: boolean;
  /** Give it back on the next evaluation of the same step. */
  readonly memory: HoldMemory;
}

function quiz(id: string, step: StepData, ctx: CheckContext): Outcome {
  const t = catalogue(ctx.lang);
  const chosen = ctx.answers[id];
  if (chosen === undefined || chosen.length === 0) return { pass: false, says: t.unanswered(id) };
  const key = step.quiz[id] ?? [];
  const right = chosen.length === key.length && key.every((k) => chosen.includes(k));
  return { pass: right, says: right ? t.rightAnswer(id) : t.wrongAnswer(id) };
}

export function evaluatePredicate(p: Predicate, step: StepData, ctx: CheckContext): Outcome {
  const t = catalogue(ctx.lang);
  switch (p.op) {
    case 'exists': return exists(p.ref, ctx);
    case 'absent': {
      const o = exists(p.ref, ctx);
      return { pass: !o.pass, says: o.pass ? t.shouldNot(o.says) : t.notFound(objectName(p.ref, ctx.lang)) };
    }
    case 'field': return field(p.ref, p.test, ctx);
    case 'condition': return condition(p.ref, p.type, p.status, ctx);
    case 'count': return count(p, ctx);
    case 'placement': return placement(p, ctx);
    case 'event': return event(p, ctx);
    case 'command': return command(p, ctx);
    case 'file': return file(p, ctx);
    case 'quiz': return quiz(p.id, step, ctx);
    case 'all': {
      const outcomes = p.of.map((q) => evaluatePredicate(q, step, ctx));
      const failed = outcomes.filter((o) => !o.pass);
      return { pass: failed.length === 0, says: (failed.length > 0 ? failed : outcomes).map((o) => o.says).join(' ') };
    }
    case 'any': {
      const outcomes = p.of.map((q) => evaluatePredicate(q, step, ctx));
      const passed = outcomes.find((o) => o.pass);
      return passed ?? { pass: false, says: t.noneOf(outcomes.map((o) => o.says)) };
    }
    case 'not': {
      const o = evaluatePredicate(p.of, step, ctx);
      return { pass: !o.pass, says: o.pass ? t.shouldNot(o.says) : o.says };
    }
  }
}

export function evaluateStep(lesson: Lesson, stepId: string, ctx: CheckContext, memory: HoldMemory = {}): StepStatus {
  const index = lesson.steps.findIndex((s) => s.id === stepId);
  const step = lesson.steps[index];
  if (step === undefined) throw new Error(`lesson ${lesson.id} has no step ${stepId}`);
  const labels = lesson.text[ctx.lang].steps[index]?.checks ?? {};
  const next: Record<string, number> = {};
  const checks = step.checks.map((check): CheckStatus => {
    const o = evaluatePredicate(check.predicate, step, ctx);
    const label = labels[check.id] ?? check.id;
    if (!o.pass) return { id: check.id, label, state: 'fail', detail: o.says };
    const since = memory[check.id] ?? ctx.nowMs;
    next[check.id] = since;
    const remainingMs = since + check.holdMs - ctx.nowMs;
    return remainingMs > 0
      ? { id: check.id, label, state: 'holding', detail: o.says, remainingMs }
      : { id: check.id, label, state: 'pass', detail: o.says };
  });
  return { checks, complete: checks.every((c) => c.state === 'pass'), memory: next };
}
