// The generic describer for kinds without their own (describe.go genericDescriber): name, namespace,
// labels, annotations, then every other field of the object, sorted, with "smart" labels
// (`apiVersion` → `API Version`), and events.

import { goSprint, compareStrings } from '../printers/go-format.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.ts';
import { describeEvents, eventQueryFor, searchEvents } from './events.ts';
import { LEVEL_0, tabbedString, type PrefixWriter } from './prefix-writer.ts';
import type { Describer } from './types.ts';

const SKIPPED = ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations'];
const ACRONYMS = ['API', 'URL', 'UID', 'OSB', 'GUID'];

export const describeGeneric: Describer = ({ ctx, settings, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${obj.metadata.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    printUnstructuredContent(w, LEVEL_0, obj, '');
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};

function printUnstructuredContent(w: PrefixWriter, level: number, content: Readonly<Record<string, unknown>>, prefix: string): void {
  for (const field of Object.keys(content).sort(compareStrings)) {
    const value = content[field];
    const path = `${prefix}.${field}`;
    if (SKIPPED.includes(path) || value === undefined) continue;
    if (isMap(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      printUnstructuredContent(w, level + 1, value, path);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (isMap(child)) printUnstructuredContent(w, level + 1, child, path);
        else w.write(level + 1, `${goSprint(child)}\n`);
      }
    } else {
      w.write(level, `${smartLabelFor(field)}:\t${goSprint(value)}\n`);
    }
  }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `apiVersion` → `API Version`, `creationTimestamp` → `Creation Timestamp`; odd names stay as they are. */
export function smartLabelFor(field: string): string {
  if (/[^\p{L}-]/u.test(field)) return field;
  return camelCaseSplit(field).filter((p) => p !== '_').map((part) => {
    const upper = part.toUpperCase();
    return ACRONYMS.includes(upper) ? upper : part.charAt(0).toUpperCase() + part.slice(1);
  }).join(' ');
}

type CharClass = 'lower' | 'upper' | 'digit' | 'other';

const classOf = (ch: string): CharClass =>
  /\p{Ll}/u.test(ch) ? 'lower' : /\p{Lu}/u.test(ch) ? 'upper' : /\p{Nd}/u.test(ch) ? 'digit' : 'other';

/** github.com/fatih/camelcase Split: runs of one character class, an upper run yielding its last letter to a following lower run. */
function camelCaseSplit(text: string): string[] {
  const runs: string[][] = [];
  let last: CharClass | undefined;
  for (const ch of text) {
    const cls = classOf(ch);
    if (cls === last) runs[runs.length - 1]!.push(ch);
    else runs.push([ch]);
    last = cls;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    if (classOf(runs[i]![0]!) === 'upper' && classOf(runs[i + 1]![0]!) === 'lower') {
      runs[i + 1]!.unshift(runs[i]!.pop()!);
    }
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(''));
}
