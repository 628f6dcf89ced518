// Parse failures with busybox ash's wording. `eof` marks the ones caused by running out of text (an
// open `if`, an unterminated quote): an interactive shell then asks for more lines with PS2.

export class ShSyntaxError extends Error {
  constructor(readonly text: string, readonly eof: boolean, readonly line: number) {
    super(text);
  }
}

/** The names ash gives tokens in "unexpected …" messages: keywords and operators are quoted. */
export function tokenName(tok: string): string {
  if (tok === 'eof') return 'end of file';
  if (tok === 'nl') return 'newline';
  if (tok === 'redir') return 'redirection';
  if (tok === 'word') return 'word';
  return `"${tok}"`;
}
