// The words bash's programmable completion sees (COMP_WORDS up to the cursor): the simple command
// the cursor is in, split on blanks and control operators, quotes and backslashes removed, and the
// word being completed with where it starts. Leading NAME=value assignments are not the command.

export interface CommandWords {
  /** The command's words before the one being completed, unquoted. */
  readonly words: readonly string[];
  /** The word being completed, unquoted. */
  readonly current: string;
  /** The word being completed as typed, from `start` to the cursor. */
  readonly raw: string;
  /** Where the word being completed starts in the line (after its opening quote when one is open). */
  readonly start: number;
  /** The word opened a quote that is still open. */
  readonly quote?: '"' | "'";
  /** The previous token is a redirection (`>`, `<`, `>>`, `2>`): the word is a file. */
  readonly afterRedirection: boolean;
  /** A quote opened in the middle of the word: bash would complete oddly there; nothing is offered. */
  readonly unsupported: boolean;
}

const SEPARATORS = new Set([';', '&', '|', '(', ')', '\n']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

export function commandWords(line: string, cursor: number): CommandWords {
  const text = line.slice(0, cursor);
  let words: string[] = [];
  let word = '';
  let wordStart = -1;
  let quote: '"' | "'" | undefined;
  let quoteAt = -1;
  /** The word being built, or the next one, is the target of a redirection. */
  let redirect = false;
  const endWord = (): void => {
    if (wordStart >= 0) {
      if (redirect) redirect = false;
      else words.push(word);
    }
    word = '';
    wordStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) word += text[++i];
      else word += ch;
    } else if (ch === '\\' && i + 1 < text.length) {
      if (wordStart < 0) wordStart = i;
      word += text[++i];
    } else if (ch === '"' || ch === "'") {
      if (wordStart < 0) wordStart = i;
      quote = ch;
      quoteAt = i;
    } else if (ch === ' ' || ch === '\t') {
      endWord();
    } else if (ch === '<' || ch === '>') {
      // `2>`: the digits are the descriptor, not a word.
      if (wordStart >= 0 && /^\d+$/.test(word)) {
        word = '';
        wordStart = -1;
      } else {
        endWord();
      }
      redirect = true;
      if (text[i + 1] === '&') i++;
    } else if (SEPARATORS.has(ch)) {
      endWord();
      words = [];
      redirect = false;
    } else {
      if (wordStart < 0) wordStart = i;
      word += ch;
    }
  }
  const start = wordStart < 0 ? text.length : wordStart;
  const command = words.findIndex((w) => !ASSIGNMENT.test(w));
  return {
    words: command < 0 ? [] : words.slice(command),
    current: word,
    raw: text.slice(quote !== undefined ? quoteAt + 1 : start),
    start: quote !== undefined ? quoteAt + 1 : start,
    ...(quote !== undefined ? { quote } : {}),
    afterRedirection: redirect,
    unsupported: quote !== undefined && quoteAt !== start,
  };
}

/** Where the `index`th character of the unquoted word sits in its raw text (backslashes and quotes skipped). */
export function rawIndex(raw: string, index: number): number {
  let seen = 0;
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    if (seen === index) return i;
    const ch = raw[i]!;
    if (quote === '' && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = '';
    else {
      if (ch === '\\' && quote !== "'") i++;
      seen++;
    }
  }
  return raw.length;
}
