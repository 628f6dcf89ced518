// Dockerfile parsing: logical lines (comments, `\` continuations), instructions with their shell or
// JSON (exec) form, and ARG/ENV substitution of `$VAR` and `${VAR}`.
// Mirrors moby/buildkit frontend/dockerfile/parser and instructions (the subset the course uses).

export const INSTRUCTIONS = ['FROM', 'RUN', 'COPY', 'ADD', 'ENV', 'EXPOSE', 'WORKDIR', 'CMD', 'ENTRYPOINT', 'ARG', 'LABEL', 'USER'] as const;
export type InstructionName = (typeof INSTRUCTIONS)[number];

export interface Instruction {
  readonly name: InstructionName;
  /** The text after the keyword, continuations joined. */
  readonly args: string;
  /** The exec form's words when the arguments are a JSON array. */
  readonly json?: readonly string[];
  /** 1-based line of the keyword. */
  readonly line: number;
  /** The instruction as written (one line), for step titles. */
  readonly original: string;
}

export type ParseResult = { readonly ok: true; readonly instructions: readonly Instruction[] } | { readonly ok: false; readonly error: string; readonly line: number };

export function parseDockerfile(text: string): ParseResult {
  const out: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let logical = lines[i]!.trim();
    if (logical === '' || logical.startsWith('#')) continue;
    while (logical.endsWith('\\') && i + 1 < lines.length) {
      logical = `${logical.slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`.trim();
    }
    const m = /^(\S+)\s*(.*)$/.exec(logical)!;
    const name = m[1]!.toUpperCase();
    if (!(INSTRUCTIONS as readonly string[]).includes(name)) return { ok: false, error: `unknown instruction: ${m[1]!}`, line: start + 1 };
    const args = m[2]!;
    const json = jsonForm(args);
    out.push({ name: name as InstructionName, args, line: start + 1, original: `${name} ${args}`, ...(json ? { json } : {}) });
  }
  if (out.length === 0) return { ok: false, error: 'the Dockerfile cannot be empty', line: 0 };
  if (out[0]!.name !== 'FROM' && out[0]!.name !== 'ARG') return { ok: false, error: 'no build stage in current context', line: out[0]!.line };
  return { ok: true, instructions: out };
}

function jsonForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(args);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
  } catch {
    return undefined;
  }
}

/** `$NAME` and `${NAME}` replaced from `vars` (unknown names become empty), `\$` kept literal. */
export function substitute(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (all, braced: string | undefined, bare: string | undefined) => {
    if (all === '\\$') return '$';
    return vars[braced ?? bare ?? ''] ?? '';
  });
}

/** `KEY=value KEY2="two words"` or the legacy `KEY value` form. */
export function keyValues(args: string): Array<[string, string]> {
  if (!/^[^\s=]+=/.test(args)) {
    const m = /^(\S+)\s+(.*)$/.exec(args);
    return m ? [[m[1]!, m[2]!]] : [];
  }
  const out: Array<[string, string]> = [];
  const re = /([^\s=]+)=("([^"\\]|\\.)*"|'[^']*'|\S*)/g;
  for (let m = re.exec(args); m; m = re.exec(args)) {
    const raw = m[2]!;
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw.startsWith("'") ? raw.slice(1, -1) : raw;
    out.push([m[1]!, value]);
  }
  return out;
}

/** Shell form runs through `/bin/sh -c`; exec form as given. */
export function commandOf(ins: Instruction): string[] {
  return ins.json ? [...ins.json] : ['/bin/sh', '-c', ins.args];
}
