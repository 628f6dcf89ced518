// Narrates an activity entry in French or English: its template filled in with the entry's
// parameters, as segments of text and the one clickable object. Cluster-derived words stay text.

import type { ActivityEntry, ActivityKey } from '../../worker/host/api.ts';
import type { Lang } from '../i18n.ts';
import type { ObjectRef } from '../store/layout-store.ts';
import { EN_TEMPLATES, FR_TEMPLATES, type Templates } from './narration-templates.ts';

export type Segment = { readonly text: string } | { readonly text: string; readonly object: ObjectRef };

const TEMPLATES: Readonly<Record<Lang, Templates>> = { fr: FR_TEMPLATES, en: EN_TEMPLATES };
const PLACEHOLDER = /\{(\w+)\}/g;
const FRENCH_ELISION = /^[AEIOUHaeiouh]/;

export function keyOf(entry: ActivityEntry): ActivityKey {
  return `${entry.actor}.${entry.action}` as ActivityKey;
}

/** `default/web`, or `web` for a cluster-scoped object; the namespace alone for a collection. */
export function objectLabel(entry: Pick<ActivityEntry, 'object'>): string {
  const { namespace, name } = entry.object;
  if (name === '') return namespace ?? '';
  return namespace ? `${namespace}/${name}` : name;
}

function sentenceOf(t: Templates, entry: ActivityEntry): string {
  const template = t.sentences[keyOf(entry)];
  if (typeof template === 'string') return template;
  return template[String(entry.params.op ?? '')] ?? Object.values(template)[0] ?? '';
}

/** The sentence with `{verb}` and the optional notes spelled out; other placeholders stay. */
function expanded(t: Templates, entry: ActivityEntry): string {
  const p = entry.params;
  const verbKey = p.subresource === undefined ? String(p.verb ?? '') : `${String(p.verb ?? '')}/${String(p.subresource)}`;
  const verb = t.verbs[verbKey] ?? t.verbs[String(p.verb ?? '')] ?? String(p.verb ?? '');
  return sentenceOf(t, entry)
    .replace('{verb}', verb)
    .replace('{where}', entry.object.namespace ? t.inNamespace : '')
    .replace('{dryRunNote}', p.dryRun === true ? t.dryRunNote : '')
    .replace('{ipNote}', p.ip !== undefined ? t.ipNote : '');
}

function valueOf(entry: ActivityEntry, name: string): string {
  const { kind, namespace } = entry.object;
  switch (name) {
    case 'kind':
      return kind;
    case 'leKind':
      return FRENCH_ELISION.test(kind) ? `l’${kind}` : `le ${kind}`;
    case 'duKind':
      return FRENCH_ELISION.test(kind) ? `de l’${kind}` : `du ${kind}`;
    case 'detail':
      return entry.detail ?? '';
    case 'namespace':
      return namespace ?? '';
    default: {
      const value = entry.params[name];
      return value === undefined ? '' : String(value);
    }
  }
}

export function narrate(entry: ActivityEntry, lang: Lang): Segment[] {
  const sentence = expanded(TEMPLATES[lang], entry);
  const segments: Segment[] = [];
  let text = '';
  let last = 0;
  for (const match of sentence.matchAll(PLACEHOLDER)) {
    text += sentence.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[1] !== 'object' || entry.object.name === '') {
      text += match[1] === 'object' ? objectLabel(entry) : valueOf(entry, match[1]!);
      continue;
    }
    if (text !== '') segments.push({ text });
    text = '';
    const { kind, namespace, name } = entry.object;
    segments.push({ text: objectLabel(entry), object: { kind, ...(namespace ? { namespace } : {}), name } });
  }
  text += sentence.slice(last);
  if (text !== '') segments.push({ text });
  return segments;
}

export function narrationText(entry: ActivityEntry, lang: Lang): string {
  return narrate(entry, lang).map((s) => s.text).join('');
}
