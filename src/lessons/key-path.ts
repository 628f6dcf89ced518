// Field paths into an object where list items are chosen by a key, never by position:
// `spec.template.spec.containers[name=web].image`, `metadata.labels["kubernetes.io/hostname"]`.

export type PathStep =
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'item'; readonly key: string; readonly value: string };

export interface KeyPath {
  readonly text: string;
  readonly steps: readonly PathStep[];
}

export class KeyPathError extends Error {}

const NAME = /^[A-Za-z0-9_$-]+/;
const SELECTOR = /^\[([A-Za-z0-9_.-]+)=(?:"([^"]*)"|([^\]]*))\]/;
const QUOTED_FIELD = /^\["([^"]+)"\]/;

/** Parses a key path; throws KeyPathError with the reason when it is not one. */
export function parseKeyPath(text: string): KeyPath {
  const steps: PathStep[] = [];
  let rest = text;
  let expectName = true;
  while (rest !== '') {
    const quoted = QUOTED_FIELD.exec(rest);
    const selector = quoted ? null : SELECTOR.exec(rest);
    if (quoted) {
      steps.push({ kind: 'field', name: quoted[1]! });
      rest = rest.slice(quoted[0].length);
    } else if (selector) {
      steps.push({ kind: 'item', key: selector[1]!, value: selector[2] ?? selector[3] ?? '' });
      rest = rest.slice(selector[0].length);
    } else if (rest.startsWith('[')) {
      throw new KeyPathError(`"${text}": select list items by key ([name=value]), not by position`);
    } else if (expectName) {
      const name = NAME.exec(rest);
      if (!name) throw new KeyPathError(`"${text}": a field name is expected at "${rest}"`);
      steps.push({ kind: 'field', name: name[0] });
      rest = rest.slice(name[0].length);
    } else {
      throw new KeyPathError(`"${text}": "." or "[" is expected at "${rest}"`);
    }
    expectName = false;
    if (rest.startsWith('.')) {
      rest = rest.slice(1);
      expectName = true;
      if (rest === '') throw new KeyPathError(`"${text}": the path ends with "."`);
    }
  }
  if (steps.length === 0) throw new KeyPathError('the path is empty');
  return { text, steps };
}

/** The value at `path`, or undefined when any step is missing (or a list has no item with that key). */
export function select(root: unknown, path: KeyPath): unknown {
  let at: unknown = root;
  for (const step of path.steps) {
    if (step.kind === 'field') {
      if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
      at = (at as Record<string, unknown>)[step.name];
    } else {
      if (!Array.isArray(at)) return undefined;
      at = at.find((item: unknown) => typeof item === 'object' && item !== null && scalarText((item as Record<string, unknown>)[step.key]) === step.value);
    }
    if (at === undefined) return undefined;
  }
  return at;
}

function scalarText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
