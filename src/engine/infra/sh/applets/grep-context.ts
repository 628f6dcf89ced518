// Context lines of grep -A/-B/-C, printed alike by GNU grep and busybox grep: up to B lines before
// and A lines after each selected line, `-` instead of `:` after a context line's name and number,
// and `--` between groups that do not touch. The state is plain data, so a resumable applet keeps it
// in its memo; GNU's workstation grep uses the same steps.

export interface GrepContext {
  readonly before: number;
  readonly after: number;
  /** Whether `--` separates groups (GNU: any of -A/-B/-C given; busybox: a non-zero count). */
  readonly separator: boolean;
}

export interface ContextState {
  /** The last unprinted lines, at most `before` of them, as [line number, text]. */
  readonly held: ReadonlyArray<readonly [number, string]>;
  /** Context lines still to print after the last selected line. */
  readonly afterLeft: number;
  /** Number of the last line printed from this input; 0 when none was. */
  readonly lastPrinted: number;
  /** Whether a group was printed (from any input): the next one not touching it gets `--`. */
  readonly printedAny: boolean;
}

/** Formats one printed line; `mark` is `:` for a selected line and `-` for a context line. */
export type ContextLineFormat = (lineNo: number, text: string, mark: ':' | '-') => string;

export const NO_CONTEXT: GrepContext = { before: 0, after: 0, separator: false };
export const CONTEXT_START: ContextState = { held: [], afterLeft: 0, lastPrinted: 0, printedAny: false };

/** The state for the next input: line numbers start again, the need for `--` carries over. */
export function nextInputContext(state: ContextState): ContextState {
  return { ...CONTEXT_START, printedAny: state.printedAny };
}

/** One input line: what to print for it (context held back before it included) and the next state. */
export function contextStep(c: GrepContext, state: ContextState, lineNo: number, text: string, selected: boolean, format: ContextLineFormat): { out: string; state: ContextState } {
  if (selected) {
    const first = state.held[0]?.[0] ?? lineNo;
    const apart = state.lastPrinted === 0 || first > state.lastPrinted + 1;
    const separator = c.separator && state.printedAny && apart ? '--\n' : '';
    const out = separator + state.held.map(([n, t]) => format(n, t, '-')).join('') + format(lineNo, text, ':');
    return { out, state: { held: [], afterLeft: c.after, lastPrinted: lineNo, printedAny: true } };
  }
  if (state.afterLeft > 0) {
    return { out: format(lineNo, text, '-'), state: { ...state, afterLeft: state.afterLeft - 1, lastPrinted: lineNo } };
  }
  const held = c.before === 0 ? [] : [...state.held, [lineNo, text] as const].slice(-c.before);
  return { out: '', state: { ...state, held } };
}
