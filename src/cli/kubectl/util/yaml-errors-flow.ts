// Re-parses one YAML flow collection (`[...]` / `{...}`) the way go-yaml v2 does, to name the
// first problem in its words: go-yaml ignores indentation inside flow collections and lets plain
// scalars run across lines, so it fails later (and differently) than js-yaml.

/** A go-yaml error: scanner errors print the 1-based line of `pos`, parser errors the 0-based one. */
export interface GoYamlError {
  readonly pos: number;
  readonly message: string;
  readonly scanner: boolean;
}

type TokenType = '[' | ']' | '{' | '}' | ',' | ':' | '?' | 'entry' | 'scalar' | 'alias' | 'property' | 'eof';
interface Token {
  readonly type: TokenType;
  readonly pos: number;
  /** Whether a `:` may follow on this line and turn the node into a key. */
  readonly simpleKey: boolean;
}

/** Characters that may follow an anchor or alias name. */
export const ANCHOR_END = new Set([' ', '\t', '\n', '\r', '?', ':', ',', ']', '}', '%', '@', '`']);
/** go-yaml's is_blankz: blank, line break or end of input. */
export const isBlankz = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';

class FlowError extends Error {
  constructor(readonly error: GoYamlError) {
    super(error.message);
  }
}

function tokenize(text: string, start: number): Token[] {
  const out: Token[] = [];
  let p = start;
  let depth = 0;
  let simpleKeyAllowed = true;
  const fail = (pos: number, message: string): never => {
    throw new FlowError({ pos, message, scanner: true });
  };
  const push = (type: TokenType, pos: number, next: number): void => {
    out.push({ type, pos, simpleKey: simpleKeyAllowed });
    simpleKeyAllowed = type === '[' || type === '{' || type === ',' || type === '?' || type === 'property';
    p = next;
  };
  while (p < text.length && (depth > 0 || out.length === 0)) {
    const c = text[p]!;
    if (isBlankz(c)) p++;
    else if (c === '#') p = text.indexOf('\n', p) < 0 ? text.length : text.indexOf('\n', p);
    else if ('[{]}'.includes(c)) {
      depth += c === '[' || c === '{' ? 1 : -1;
      push(c as TokenType, p, p + 1);
    } else if (c === ',' || c === ':' || c === '?') push(c, p, p + 1);
    else if (c === '-' && isBlankz(text[p + 1])) push('entry', p, p + 1);
    else if (c === '"' || c === "'") push('scalar', p, quotedEnd(text, p) ?? fail(text.length, 'found unexpected end of stream'));
    else if (c === '*' || c === '&') {
      const name = /^[A-Za-z0-9_-]*/.exec(text.slice(p + 1))![0];
      const end = p + 1 + name.length;
      if (name === '' || (end < text.length && !ANCHOR_END.has(text[end]!))) fail(end, 'did not find expected alphabetic or numeric character');
      push(c === '*' ? 'alias' : 'property', p, end);
    } else if (c === '!') push('property', p, p + /^[^\s,[\]{}]*/.exec(text.slice(p))![0].length);
    else if ('|>@`%'.includes(c)) fail(p, 'found character that cannot start any token');
    else push('scalar', p, plainEnd(text, p));
  }
  out.push({ type: 'eof', pos: text.length, simpleKey: false });
  return out;
}

/** End (exclusive) of the quoted scalar at `p`, or undefined when the file ends first. */
export function quotedEnd(text: string, p: number): number | undefined {
  const q = text[p];
  for (let i = p + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return undefined;
}

/** A flow-context plain scalar runs across lines until `: `, a flow indicator or ` #`. */
function plainEnd(text: string, p: number): number {
  let end = p;
  for (let i = p; i < text.length; i++) {
    const c = text[i]!;
    if (isBlankz(c)) continue;
    if ((c === ':' && isBlankz(text[i + 1])) || ',?[]{}'.includes(c) || (c === '#' && isBlankz(text[i - 1]))) break;
    end = i + 1;
  }
  return end;
}

class FlowParser {
  private i = 0;
  constructor(private readonly text: string, private readonly tokens: Token[]) {}

  private get tok(): Token {
    return this.tokens[this.i]!;
  }

  /** The current token's type (a method, so checks after `this.i++` are not narrowed away). */
  private type(): TokenType {
    return this.tok.type;
  }

  private fail(message: string): never {
    throw new FlowError({ pos: this.tok.pos, message, scanner: false });
  }

  collection(): void {
    const close = this.type() === '[' ? ']' : '}';
    const expected = `did not find expected ',' or '${close}'`;
    this.i++;
    for (let first = true; this.type() !== close; first = false) {
      if (!first) {
        if (this.type() !== ',') this.fail(expected);
        this.i++;
        if (this.type() === close) break;
      }
      if (this.type() === '?') this.i++;
      const key = this.tok;
      this.node();
      if (this.type() === ':' && key.simpleKey && this.sameLine(key.pos, this.tok.pos)) {
        this.i++;
        if (this.type() !== ',' && this.type() !== close) this.node();
      }
    }
    this.i++;
  }

  private node(): void {
    const start = this.i;
    while (this.type() === 'property') this.i++;
    const t = this.type();
    if (t === '[' || t === '{') return this.collection();
    if (t === 'scalar' || t === 'alias') return void this.i++;
    if (this.i === start) this.fail('did not find expected node content');
  }

  private sameLine(a: number, b: number): boolean {
    return !this.text.slice(a, b).includes('\n');
  }
}

/** go-yaml's first error inside the flow collection starting at `start`, or undefined if it parses. */
export function flowCollectionError(text: string, start: number): GoYamlError | undefined {
  try {
    new FlowParser(text, tokenize(text, start)).collection();
    return undefined;
  } catch (e) {
    if (e instanceof FlowError) return e.error;
    throw e;
  }
}
