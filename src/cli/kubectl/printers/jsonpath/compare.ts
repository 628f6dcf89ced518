// Filter comparisons with the rules of Go's text/template eq/lt (client-go's forked copy):
// operands must be of the same basic kind, and booleans only support equality.

import { JsonPathError } from './nodes.ts';
import { goKind, plainValue } from './values.ts';

const BAD_TYPE = 'invalid type for comparison';
const INCOMPATIBLE = 'incompatible types for comparison';

function equal(a: unknown, b: unknown): boolean {
  const ka = goKind(a);
  const kb = goKind(b);
  if (ka === 'invalid' || kb === 'invalid') throw new JsonPathError(BAD_TYPE);
  if (ka !== kb) throw new JsonPathError(INCOMPATIBLE);
  return plainValue(a) === plainValue(b);
}

function less(a: unknown, b: unknown): boolean {
  const ka = goKind(a);
  const kb = goKind(b);
  if (ka === 'invalid' || kb === 'invalid') throw new JsonPathError(BAD_TYPE);
  if (ka !== kb) throw new JsonPathError(INCOMPATIBLE);
  if (ka === 'bool') throw new JsonPathError(BAD_TYPE);
  return (plainValue(a) as number | string) < (plainValue(b) as number | string);
}

export function compareValues(operator: string, a: unknown, b: unknown): boolean {
  switch (operator) {
    case '<': return less(a, b);
    case '>': return !(less(a, b) || equal(a, b));
    case '==': return equal(a, b);
    case '!=': return !equal(a, b);
    case '<=': return less(a, b) || equal(a, b);
    case '>=': return !less(a, b);
    default: throw new JsonPathError(`unrecognized filter operator ${operator}`);
  }
}
