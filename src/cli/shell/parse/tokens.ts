// Tokens the lexer hands the parser, and the failure the front end raises.
// A failure is either a syntax error (print it, exit 2) or a request for more input.

import type { RedirectOp, Word, WordPart } from './ast.ts';

export const CONTROL_OPS = ['|', '|&', '||', '&&', ';', ';;', '&', '(', ')', 'newline'] as const;
export type ControlOp = (typeof CONTROL_OPS)[number];

/** A here-document body, filled in when the lexer reaches the end of the line that opened it. */
export interface HeredocBox {
  body: readonly WordPart[];
}

export type Token =
  | { readonly kind: 'word'; readonly word: Word }
  | { readonly kind: 'op'; readonly op: ControlOp }
  | { readonly kind: 'redirect'; readonly op: RedirectOp; readonly fd?: number; readonly heredoc?: HeredocBox };

export const FAILURE_KINDS = { syntax: 'syntax', incomplete: 'incomplete' } as const;
export type FailureKind = (typeof FAILURE_KINDS)[keyof typeof FAILURE_KINDS];

/** Thrown inside the front end; `parse` turns it into a result. */
export class ParseFailure extends Error {
  override readonly name = 'ParseFailure';
  constructor(
    readonly kind: FailureKind,
    /** What bash prints, without the `bash: ` prefix. */
    readonly detail: string,
  ) {
    super(detail);
  }
}

export function unexpectedToken(token: string): ParseFailure {
  return new ParseFailure('syntax', `syntax error near unexpected token \`${token}'`);
}

export function unexpectedEof(): ParseFailure {
  return new ParseFailure('incomplete', 'syntax error: unexpected end of file');
}

export function unmatched(closer: string): ParseFailure {
  return new ParseFailure('incomplete', `unexpected EOF while looking for matching \`${closer}'`);
}
