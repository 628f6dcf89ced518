// `diff -u` of two texts, as GNU diffutils prints its hunks: three lines of context, hunks closer
// than twice that merged, `@@ -l,n +l,n @@` headers (`,n` left out when n is 1), deletions before
// insertions. The alignment is a longest common subsequence of lines.
// Deviation from upstream: GNU diff's heuristics may align repeated lines differently.

const CONTEXT_LINES = 3;
/** Invariant: the line table stays bounded; longer texts are compared as a whole replacement. */
const MAX_TABLE_CELLS = 4_000_000;

type Op = { readonly kind: ' ' | '-' | '+'; readonly line: string; readonly a: number; readonly b: number };

/** The hunks of `diff -u` between `before` and `after` (no file header); '' when they are equal. */
export function unifiedHunks(before: string, after: string): string {
  const ops = lineOps(splitLines(before), splitLines(after));
  const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
  if (changed.length === 0) return '';
  let out = '';
  let start = 0;
  while (start < changed.length) {
    let end = start;
    while (end + 1 < changed.length && changed[end + 1]! - changed[end]! - 1 <= 2 * CONTEXT_LINES) end++;
    const from = Math.max(0, changed[start]! - CONTEXT_LINES);
    const to = Math.min(ops.length, changed[end]! + CONTEXT_LINES + 1);
    out += hunk(ops.slice(from, to));
    start = end + 1;
  }
  return out;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function hunk(ops: readonly Op[]): string {
  const a = ops.filter((o) => o.kind !== '+');
  const b = ops.filter((o) => o.kind !== '-');
  const range = (lines: readonly Op[], side: 'a' | 'b', first: number): string => {
    if (lines.length === 0) return `${first},0`;
    return lines.length === 1 ? `${lines[0]![side] + 1}` : `${lines[0]![side] + 1},${lines.length}`;
  };
  const header = `@@ -${range(a, 'a', ops[0]!.a)} +${range(b, 'b', ops[0]!.b)} @@\n`;
  return header + ops.map((o) => `${o.kind}${o.line}\n`).join('');
}

/** The edit script: kept, deleted and inserted lines with their positions in each text. */
function lineOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_TABLE_CELLS) {
    return [...a.map((line, i): Op => ({ kind: '-', line, a: i, b: 0 })), ...b.map((line, j): Op => ({ kind: '+', line, a: n, b: j }))];
  }
  // lcs[i * (m + 1) + j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = a[i] === b[j] ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j] && lcs[i * (m + 1) + j] === lcs[(i + 1) * (m + 1) + j + 1]! + 1) {
      ops.push({ kind: ' ', line: a[i]!, a: i++, b: j++ });
    } else if (i < n && (j >= m || lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!)) {
      ops.push({ kind: '-', line: a[i]!, a: i++, b: j });
    } else {
      ops.push({ kind: '+', line: b[j]!, a: i, b: j++ });
    }
  }
  return ops;
}
