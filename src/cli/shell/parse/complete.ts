// Whether an input is complete, or bash would prompt for another line (`> `) before running it.
// A host feeds a script or a terminal line by line and runs the accumulated text once complete.

import { parse } from './parser.ts';

/** False while bash would prompt for another line: open quote, open here-document, trailing `\`, `|`, `&&`, `||`. */
export function isComplete(source: string): boolean {
  const result = parse(source);
  return result.ok ? !result.needsMoreInput : result.kind !== 'incomplete';
}
