// What a shell builtin sees: everything an applet sees, plus the shell itself (its thread and
// variables) and the way to print the shell's own diagnostics (`sh: cd: line 1: …`).

import type { AppletCtx, AppletStep } from '../applets/types.ts';
import type { Machine } from '../kernel.ts';
import type { FrameOf, Thread } from '../state.ts';

export interface BuiltinCtx extends AppletCtx {
  readonly m: Machine;
  readonly th: Thread;
  readonly fr: FrameOf<'cmd'>;
  /** Prints `msg` as the shell's diagnostic for this builtin. */
  fail(msg: string): void;
  /** A variable, looking first at the command's own assignments (`IFS=: read …`). */
  lookup(name: string): string | undefined;
}

export type BuiltinStep =
  | AppletStep
  /** Waits for background jobs (`wait`). */
  | { readonly t: 'wait'; readonly tids: readonly number[] }
  /** The builtin changed the thread's frames itself (`exit`, `break`, `eval`…). */
  | { readonly t: 'flow' };

export type Builtin = (b: BuiltinCtx, memo: unknown) => BuiltinStep;

export const FLOW: BuiltinStep = { t: 'flow' };
