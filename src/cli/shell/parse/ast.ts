// The syntax tree of one shell input, a subset of bash's grammar: lists of and-or chains of
// pipelines of simple commands. Words keep their quoting so expansion can tell what splits and globs.

/** A piece of a word. `quoted` pieces are neither field-split nor globbed. */
export type WordPart =
  | { readonly type: 'literal'; readonly text: string; readonly quoted: boolean }
  | { readonly type: 'param'; readonly name: string; readonly quoted: boolean; readonly modifier?: ParamModifier }
  | { readonly type: 'command'; readonly program: Program; readonly quoted: boolean };

/** `${NAME:-word}` and friends; `length` is `${#NAME}`; `invalid` fails when expanded, as in bash. */
export type ParamModifier =
  | { readonly kind: 'length' }
  | { readonly kind: 'invalid'; readonly text: string }
  | { readonly kind: 'default'; readonly ifEmpty: boolean; readonly word: readonly WordPart[] }
  | { readonly kind: 'alternative'; readonly ifEmpty: boolean; readonly word: readonly WordPart[] };

export interface Word {
  readonly parts: readonly WordPart[];
  /** The word as typed, for error messages. */
  readonly raw: string;
}

export const REDIRECT_OPS = ['<', '>', '>>', '>|', '&>', '&>>', '>&', '<&', '<<', '<<-', '<<<'] as const;
export type RedirectOp = (typeof REDIRECT_OPS)[number];

export interface Redirect {
  /** The file descriptor redirected; `&>` uses 1 and also points 2 at it. */
  readonly fd: number;
  readonly op: RedirectOp;
  readonly target: Word;
  /** The body of a here-document (`<<`, `<<-`). */
  readonly heredoc?: { readonly body: readonly WordPart[] };
}

export interface Assignment {
  readonly name: string;
  readonly value: Word;
}

export interface SimpleCommand {
  readonly assignments: readonly Assignment[];
  readonly words: readonly Word[];
  readonly redirects: readonly Redirect[];
}

export interface Pipeline {
  readonly negated: boolean;
  readonly commands: readonly SimpleCommand[];
}

export interface AndOr {
  readonly first: Pipeline;
  readonly rest: ReadonlyArray<{ readonly op: '&&' | '||'; readonly pipeline: Pipeline }>;
  /** Ended by `&`: runs as a background job. */
  readonly background?: true;
}

export interface Program {
  readonly items: readonly AndOr[];
}
