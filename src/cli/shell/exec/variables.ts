// Shell variables: one store per shell (cloned for subshells), plus an overlay for the
// `FOO=1 cmd` form, where the assignments are exported to that one command only.

import type { ShellVariables } from '../types.ts';

interface Variable {
  value: string;
  exported: boolean;
}

export class VariableStore implements ShellVariables {
  private readonly vars = new Map<string, Variable>();

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  set(name: string, value: string, exported?: boolean): void {
    const existing = this.vars.get(name);
    this.vars.set(name, { value, exported: exported ?? existing?.exported ?? false });
  }

  unset(name: string): void {
    this.vars.delete(name);
  }

  exported(): ReadonlyArray<readonly [string, string]> {
    return [...this.vars.entries()].filter(([, v]) => v.exported).map(([name, v]) => [name, v.value] as const);
  }

  clone(): VariableStore {
    const copy = new VariableStore();
    for (const [name, v] of this.vars) copy.vars.set(name, { ...v });
    return copy;
  }
}

/** `FOO=1 cmd`: FOO is exported to cmd and gone afterwards; other changes reach the shell. */
export class OverlayVariables implements ShellVariables {
  private readonly overlay: Map<string, string>;

  constructor(
    private readonly base: ShellVariables,
    assignments: ReadonlyArray<readonly [string, string]>,
  ) {
    this.overlay = new Map(assignments);
  }

  get(name: string): string | undefined {
    return this.overlay.has(name) ? this.overlay.get(name) : this.base.get(name);
  }

  set(name: string, value: string, exported?: boolean): void {
    this.overlay.delete(name);
    this.base.set(name, value, exported);
  }

  unset(name: string): void {
    this.overlay.delete(name);
    this.base.unset(name);
  }

  exported(): ReadonlyArray<readonly [string, string]> {
    const base = this.base.exported().filter(([name]) => !this.overlay.has(name));
    return [...base, ...this.overlay.entries()];
  }
}
