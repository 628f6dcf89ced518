// Word expansion in bash's order: tilde, parameters and `$(…)`, then field splitting of unquoted
// results on blanks, then pathname expansion of unquoted glob characters.
// Command substitution runs a program, so expansion is a Step that may suspend.

import { assignmentOf } from '../parse/parser.ts';
import type { ParamModifier, Program, Word, WordPart } from '../parse/ast.ts';
import { glob, hasGlob } from './glob.ts';
import { homeOf, subshell } from './state.ts';
import type { Fds, ShellState, Step } from './state.ts';
import { BufferSink } from './streams.ts';

export type ProgramRunner = (program: Program, state: ShellState, fds: Fds) => Step<number>;

/** An expansion error that ends the whole input line, as bash does for `${bad}`. */
export class ExpansionAbort extends Error {
  override readonly name = 'ExpansionAbort';
}

/** `$$`: a fixed process id. Determinism: never the host's. */
export const SHELL_PID = '4242';
/** Builtins whose `NAME=value` arguments expand like assignments (no splitting, no globbing). */
const DECLARATION_BUILTINS = new Set(['export', 'declare', 'local', 'readonly', 'typeset']);
const FIELD_SEPARATORS = /([ \t\n]+)/;

interface Segment {
  readonly text: string;
  readonly quoted: boolean;
  readonly split: boolean;
}

function escapeQuoted(segment: Segment): string {
  return segment.quoted ? segment.text.replace(/[\\*?[\]]/g, '\\$&') : segment.text;
}

/** Splits segments into fields at blanks inside unquoted expansion results. */
function splitFields(segments: readonly Segment[]): Segment[][] {
  const fields: Segment[][] = [];
  let current: Segment[] | undefined;
  for (const segment of segments) {
    if (!segment.split) {
      (current ??= []).push(segment);
      continue;
    }
    for (const piece of segment.text.split(FIELD_SEPARATORS)) {
      if (FIELD_SEPARATORS.test(piece)) {
        if (current !== undefined) fields.push(current);
        current = undefined;
      } else if (piece !== '') {
        (current ??= []).push({ text: piece, quoted: false, split: false });
      }
    }
  }
  if (current !== undefined) fields.push(current);
  return fields;
}

export class Expander {
  /** Exit status of the last `$(…)`, which a command without a name reports as its own. */
  lastSubstitutionExit: number | undefined;

  constructor(
    private readonly state: ShellState,
    private readonly fds: Fds,
    private readonly run: ProgramRunner,
  ) {}

  /** A command's words; arguments of `export NAME=value` expand as assignments. */
  *commandWords(words: readonly Word[]): Step<string[]> {
    const [first, ...rest] = words;
    if (first === undefined) return [];
    const argv = yield* this.fields(first);
    const declaration = argv.length === 1 && DECLARATION_BUILTINS.has(argv[0] ?? '');
    for (const word of rest) {
      const assignment = declaration ? assignmentOf(word) : undefined;
      if (assignment === undefined) argv.push(...(yield* this.fields(word)));
      else argv.push(`${assignment.name}=${yield* this.assignmentValue(assignment.value)}`);
    }
    return argv;
  }

  /** One word to zero or more fields, with splitting and globbing. */
  *fields(word: Word): Step<string[]> {
    const segments = yield* this.segments(this.withTilde(word.parts, true));
    const out: string[] = [];
    for (const field of splitFields(segments)) {
      const pattern = field.map(escapeQuoted).join('');
      const matches = hasGlob(pattern) ? glob(pattern, this.state.fs, this.state.cwd, homeOf(this.state)) : undefined;
      out.push(...(matches ?? [field.map((segment) => segment.text).join('')]));
    }
    return out;
  }

  /** Expansion without splitting or globbing (here-documents, `${X:-word}`). */
  *single(parts: readonly WordPart[]): Step<string> {
    const segments = yield* this.segments(parts);
    return segments.map((segment) => segment.text).join('');
  }

  *assignmentValue(word: Word): Step<string> {
    return yield* this.single(this.withTilde(word.parts, false));
  }

  /** `~` and `~/…` at the start of a word (or of an argument's `NAME=value`) become $HOME. */
  private withTilde(parts: readonly WordPart[], afterName: boolean): readonly WordPart[] {
    const [first, ...rest] = parts;
    if (first?.type !== 'literal' || first.quoted) return parts;
    const match = (afterName ? /^([A-Za-z_][A-Za-z0-9_]*=)?~(\/.*)?$/s : /^()~(\/.*)?$/s).exec(first.text);
    if (match === null || (match[2] === undefined && rest.length > 0)) return parts;
    const prefix = match[1] ?? '';
    const tail = match[2] ?? '';
    const home: WordPart = { type: 'literal', text: homeOf(this.state), quoted: true };
    return [
      ...(prefix === '' ? [] : [{ type: 'literal', text: prefix, quoted: false } as const]),
      home,
      ...(tail === '' ? [] : [{ type: 'literal', text: tail, quoted: false } as const]),
      ...rest,
    ];
  }

  private *segments(parts: readonly WordPart[]): Step<Segment[]> {
    const out: Segment[] = [];
    for (const part of parts) {
      if (part.type === 'literal') {
        out.push({ text: part.text, quoted: part.quoted, split: false });
        continue;
      }
      const text = part.type === 'param' ? yield* this.param(part.name, part.modifier) : yield* this.substitute(part.program);
      out.push({ text, quoted: part.quoted, split: !part.quoted });
    }
    return out;
  }

  private *param(name: string, modifier: ParamModifier | undefined): Step<string> {
    const value = this.lookup(name);
    if (modifier === undefined) return value ?? '';
    if (modifier.kind === 'invalid') throw new ExpansionAbort(`${modifier.text}: bad substitution`);
    if (modifier.kind === 'length') return String([...(value ?? '')].length);
    const isSet = value !== undefined && !(modifier.ifEmpty && value === '');
    if (modifier.kind === 'default') return isSet ? value : yield* this.single(modifier.word);
    return isSet ? yield* this.single(modifier.word) : '';
  }

  private lookup(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.state.lastExitCode);
      case '$':
        return SHELL_PID;
      case '#':
        return '0';
      case '0':
        return 'bash';
      case '-':
        return 'himBHs';
      case '!':
        return this.state.jobs.lastPid;
      default:
        return /^[0-9@*]$/.test(name) ? undefined : this.state.vars.get(name);
    }
  }

  private *substitute(program: Program): Step<string> {
    const out = new BufferSink();
    const fds: Fds = { stdin: '', stdout: out, stderr: this.fds.stderr, tty: this.fds.tty };
    this.lastSubstitutionExit = yield* this.run(program, subshell(this.state), fds);
    return out.text.replace(/\n+$/, '');
  }
}
