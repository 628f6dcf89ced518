// labels.Parse: the label selector lexer and recursive-descent parser of apimachinery
// pkg/labels/selector.go (v0.31), with its exact error texts. `kubectl -l`, the API server's
// labelSelector parameter and the builder's -f filter all go through it.

import { assert } from '../../base/assert.ts';
import { isQualifiedName } from '../validation/names.ts';
import { invalidValue, newRequirement, SelectorError, sortByKey, type Operator, type Requirement } from './requirement.ts';

type Token = 'end' | 'identifier' | ')' | ',' | '!' | '==' | '=' | '>' | 'in' | '<' | '!=' | 'notin' | '(';

interface Scanned {
  readonly tok: Token;
  readonly lit: string;
}

/** string2token: every literal that is a token of its own. */
const LITERAL_TOKENS: ReadonlySet<string> = new Set([')', ',', '!', '==', '=', '>', 'in', '<', '!=', 'notin', '(']);
const SPECIAL_SYMBOLS: ReadonlySet<string> = new Set(['=', '!', '(', ')', ',', '>', '<']);
/** The lexer reads a NUL byte, or the end of the string, as end of input. */
const END = '\0';

const isWhitespace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const asToken = (lit: string): Token => (LITERAL_TOKENS.has(lit) ? (lit as Token) : 'identifier');

/** Lexer.Lex run to the end: identifiers and keywords, or the longest operator of special symbols. */
function scan(s: string): Scanned[] {
  let pos = 0;
  const read = (): string => (pos < s.length ? s[pos++]! : END);
  const items: Scanned[] = [];
  for (;;) {
    let ch = read();
    while (isWhitespace(ch)) ch = read();
    if (ch === END) {
      items.push({ tok: 'end', lit: '' });
      return items;
    }
    let lit = ch;
    if (SPECIAL_SYMBOLS.has(ch)) {
      // Every special symbol is a token by itself; extend while the longer literal still is one.
      while ((ch = read()) !== END && SPECIAL_SYMBOLS.has(ch) && LITERAL_TOKENS.has(lit + ch)) lit += ch;
      if (ch !== END) pos--;
    } else {
      while ((ch = read()) !== END && !SPECIAL_SYMBOLS.has(ch) && !isWhitespace(ch)) lit += ch;
      if (ch !== END) pos--;
    }
    items.push({ tok: asToken(lit), lit });
  }
}

/** In a value position `in` and `notin` are plain identifiers (`x in (in)`). */
type Context = 'keyAndOperator' | 'values';

const OPERATOR_TOKENS: Readonly<Partial<Record<Token, Operator>>> = {
  in: 'in', '=': '=', '==': '=', '>': 'gt', '<': 'lt', notin: 'notin', '!=': '!=',
};
/** binaryOperators, as the "expected" list names them. */
const BINARY_OPERATORS = 'in, notin, =, ==, !=, gt, lt';

class Parser {
  private position = 0;

  constructor(private readonly items: readonly Scanned[]) {}

  lookahead(context: Context): Scanned {
    const item = this.items[this.position];
    assert(item !== undefined, 'label selector parser read past the end token');
    return context === 'values' && (item.tok === 'in' || item.tok === 'notin') ? { tok: 'identifier', lit: item.lit } : item;
  }

  consume(context: Context): Scanned {
    const item = this.lookahead(context);
    this.position++;
    return item;
  }

  parse(): Requirement[] {
    const reqs: Requirement[] = [];
    for (;;) {
      const { tok, lit } = this.lookahead('values');
      if (tok === 'end') return reqs;
      if (tok !== 'identifier' && tok !== '!') throw new SelectorError(`found '${lit}', expected: !, identifier, or 'end of string'`);
      reqs.push(this.parseRequirementWrapped());
      const next = this.consume('values');
      if (next.tok === 'end') return reqs;
      if (next.tok !== ',') throw new SelectorError(`found '${next.lit}', expected: ',' or 'end of string'`);
      const after = this.lookahead('values');
      if (after.tok !== 'identifier' && after.tok !== '!') throw new SelectorError(`found '${after.lit}', expected: identifier after ','`);
    }
  }

  private parseRequirementWrapped(): Requirement {
    try {
      return this.parseRequirement();
    } catch (e) {
      if (e instanceof SelectorError) throw new SelectorError(`unable to parse requirement: ${e.message}`);
      throw e;
    }
  }

  private parseRequirement(): Requirement {
    const { key, op } = this.parseKeyAndInferOperator();
    if (op !== undefined) return newRequirement(key, op, []);
    const operator = this.parseOperator();
    const values = operator === 'in' || operator === 'notin' ? this.parseValues() : this.parseExactValue();
    // sets.String.List(): the values come out sorted and without duplicates.
    return newRequirement(key, operator, [...values].sort());
  }

  /** The key, and `exists` / `!` when no binary operator follows it. */
  private parseKeyAndInferOperator(): { key: string; op: 'exists' | '!' | undefined } {
    let op: 'exists' | '!' | undefined;
    let item = this.consume('values');
    if (item.tok === '!') {
      op = '!';
      item = this.consume('values');
    }
    if (item.tok !== 'identifier') throw new SelectorError(`found '${item.lit}', expected: identifier`);
    const keyErrs = isQualifiedName(item.lit);
    // The parser's field path is nil, which prints as <nil>.
    if (keyErrs.length > 0) throw new SelectorError(invalidValue('<nil>', item.lit, keyErrs.join('; ')));
    const next = this.lookahead('values').tok;
    if ((next === 'end' || next === ',') && op === undefined) op = 'exists';
    return { key: item.lit, op };
  }

  private parseOperator(): Operator {
    const { tok, lit } = this.consume('keyAndOperator');
    const op = OPERATOR_TOKENS[tok];
    if (op === undefined) throw new SelectorError(`found '${lit}', expected: ${BINARY_OPERATORS}`);
    return op;
  }

  /** `(a,b)`; `()` is the empty value. */
  private parseValues(): Set<string> {
    const open = this.consume('values');
    if (open.tok !== '(') throw new SelectorError(`found '${open.lit}' expected: '('`);
    const { tok, lit } = this.lookahead('values');
    if (tok === ')') {
      this.consume('values');
      return new Set(['']);
    }
    if (tok !== 'identifier' && tok !== ',') throw new SelectorError(`found '${lit}', expected: ',', ')' or identifier`);
    const values = this.parseIdentifiersList();
    this.consume('values'); // Invariant: the list returns only when ')' is next.
    return values;
  }

  /** A comma-separated list whose empty items are the empty value: `(,a,,b,)`. */
  private parseIdentifiersList(): Set<string> {
    const values = new Set<string>();
    for (;;) {
      const { tok, lit } = this.consume('values');
      if (tok === 'identifier') {
        values.add(lit);
        const next = this.lookahead('values');
        if (next.tok === ')') return values;
        if (next.tok !== ',') throw new SelectorError(`found '${next.lit}', expected: ',' or ')'`);
      } else if (tok === ',') {
        if (values.size === 0) values.add('');
        const next = this.lookahead('values').tok;
        if (next === ')') {
          values.add('');
          return values;
        }
        if (next === ',') {
          this.consume('values');
          values.add('');
        }
      } else {
        throw new SelectorError(`found '${lit}', expected: ',', or identifier`);
      }
    }
  }

  /** The one value of `=`, `==`, `!=`, `>`, `<`; nothing before `,` or the end is the empty value. */
  private parseExactValue(): Set<string> {
    const next = this.lookahead('values').tok;
    if (next === 'end' || next === ',') return new Set(['']);
    const { tok, lit } = this.consume('values');
    if (tok !== 'identifier') throw new SelectorError(`found '${lit}', expected: identifier`);
    return new Set([lit]);
  }
}

/** Parses `app=web,tier!=db,env in (a,b),!legacy,track,replicas>2`, sorted by key. Empty selects everything. */
export function parseLabelSelector(text: string): Requirement[] {
  return sortByKey(new Parser(scan(text)).parse());
}
