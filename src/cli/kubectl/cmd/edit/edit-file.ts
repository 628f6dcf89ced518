// The file kubectl edit hands to the editor (pkg/cmd/util/editor/editoptions.go): the header that
// explains it, the reasons a save failed (re-opened as comments at the top), and the comparisons
// made on what comes back — comments stripped, an empty file, no change at all.

import { loadAll } from 'js-yaml';
import { deepEqual } from '../../../../engine/index.ts';

export const EDIT_HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

/** Why the file is opened again: a head line, and the field errors under it. */
export interface EditReason {
  readonly head: string;
  readonly other: readonly string[];
}

/** The header with the reasons of the previous attempt (editHeader.writeTo). */
export function headerWith(reasons: readonly EditReason[]): string {
  let out = EDIT_HEADER;
  for (const r of reasons) {
    out += r.other.length > 0 ? `# ${hashOnLineBreak(r.head)}:\n` : `# ${hashOnLineBreak(r.head)}\n`;
    for (const o of r.other) out += `# * ${hashOnLineBreak(o)}\n`;
    out += '#\n';
  }
  return out;
}

/** Continues a comment over the following lines. */
function hashOnLineBreak(s: string): string {
  return s.replace(/\n(?!#)/g, '\n# ');
}

/** cmdutil.ManualStrip: the lines that are not comments (`#!` lines stay). */
export function manualStrip(text: string): string {
  return text.split('\n').filter((line) => {
    const trimmed = line.trim();
    return !(trimmed.startsWith('#') && !trimmed.startsWith('#!'));
  }).join('\n');
}

/** Some line holds more than blanks and comments. */
export function hasLines(text: string): boolean {
  return text.split('\n').some((line) => {
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('#');
  });
}

/**
 * cmdutil.StripComments compared: the first documents as data when both parse (formatting and
 * comments do not count), the texts without comment lines otherwise.
 */
export function sameContent(a: string, b: string): boolean {
  const first = (text: string): { value: unknown } | undefined => {
    try {
      return { value: loadAll(text)[0] };
    } catch {
      return undefined;
    }
  };
  const x = first(a);
  const y = first(b);
  if (x !== undefined && y !== undefined) return deepEqual(x.value, y.value);
  return manualStrip(a) === manualStrip(b);
}
