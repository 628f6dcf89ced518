// Evaluates a parsed JSONPath template against plain JSON, as client-go's JSONPath.FindResults does,
// including its range/end bookkeeping and Go-template comparison rules in filters.
// Determinism: `*` and `..` over a map visit keys in sorted order (Go's map order is random).

import { goSprint } from '../go-format.ts';
import { JsonPathError, type JsonPathNode, type ListNode, type ParamsEntry } from './nodes.ts';
import { compareValues } from './compare.ts';
import { GoFloat, goTypeName } from './values.ts';

export class JsonPathEvaluator {
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode: JsonPathNode | undefined;

  constructor(private readonly allowMissingKeys: boolean) {}

  /** One result group per top-level node (ranges expand into one group per iteration). */
  findResults(data: unknown, nodes: readonly JsonPathNode[]): unknown[][] {
    const cur = [data];
    const full: unknown[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const results = this.walk(cur, node);
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = node;
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        const rest = nodes.slice(i + 1);
        if (results.length > 0) for (const value of results) full.push(...this.findResults(value, rest));
        else this.findResults(null, rest);
        this.inRange--;
        const end = nodes.indexOf(this.lastEndNode!, i + 1);
        if (end >= 0) i = end;
        continue;
      }
      full.push(results);
    }
    return full;
  }

  private walk(input: unknown[], node: JsonPathNode): unknown[] {
    switch (node.kind) {
      case 'list': return this.evalList(input, node);
      case 'text': return [node.text];
      case 'field': return this.evalField(input, node.name);
      case 'array': return evalArray(input, node.params);
      case 'filter': return this.evalFilter(input, node);
      case 'int': return input.map(() => node.value);
      case 'float': return input.map(() => new GoFloat(node.value));
      case 'bool': return input.map(() => node.value);
      case 'wildcard': return input.flatMap(children);
      case 'recursive': return evalRecursive(input);
      case 'union': return node.nodes.flatMap((list) => this.evalList(input, list));
      case 'identifier': return this.evalIdentifier(input, node.name);
    }
  }

  private evalList(input: unknown[], list: ListNode): unknown[] {
    let cur = input;
    for (const node of list.nodes) cur = this.walk(cur, node);
    return cur;
  }

  private evalIdentifier(input: unknown[], name: string): unknown[] {
    if (name === 'range') {
      this.beginRange++;
      return input;
    }
    if (name === 'end') {
      if (this.inRange === 0) throw new JsonPathError('not in range, nothing to end');
      this.endRange++;
      return [];
    }
    throw new JsonPathError(`unrecognized identifier ${name}`);
  }

  private evalField(input: unknown[], name: string): unknown[] {
    if (input.length === 0) return [];
    const results: unknown[] = [];
    for (const value of input) {
      if (isMap(value) && Object.prototype.hasOwnProperty.call(value, name)) results.push(value[name]);
    }
    if (results.length === 0 && !this.allowMissingKeys) throw new JsonPathError(`${name} is not found`);
    return results;
  }

  private evalFilter(input: unknown[], node: Extract<JsonPathNode, { kind: 'filter' }>): unknown[] {
    const results: unknown[] = [];
    for (const value of input) {
      if (!Array.isArray(value)) throw new JsonPathError(`${goSprint(value)} is not array or slice and cannot be filtered`);
      for (const item of value) {
        if (this.filterPasses(item, node)) results.push(item);
      }
    }
    return results;
  }

  private filterPasses(item: unknown, node: Extract<JsonPathNode, { kind: 'filter' }>): boolean {
    let lefts: unknown[];
    try {
      lefts = this.evalList([item], node.left);
    } catch (e) {
      if (node.operator === 'exists') return false;
      throw e;
    }
    if (node.operator === 'exists') return lefts.length > 0;
    if (lefts.length === 0) return false;
    if (lefts.length > 1) throw new JsonPathError('can only compare one element at a time');
    const rights = this.evalList([item], node.right);
    if (rights.length === 0) return false;
    if (rights.length > 1) throw new JsonPathError('can only compare one element at a time');
    return compareValues(node.operator, lefts[0], rights[0]);
  }
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof GoFloat);
}

function children(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isMap(value)) return Object.keys(value).sort().map((k) => value[k]);
  // Indexing a Go string yields its bytes (code points here).
  if (typeof value === 'string') return [...value].map((ch) => ch.codePointAt(0)!);
  return [];
}

function evalRecursive(input: unknown[]): unknown[] {
  const result: unknown[] = [];
  for (const value of input) {
    if (value === null || value === undefined) continue;
    const kids = children(value);
    if (kids.length === 0) continue;
    result.push(value, ...evalRecursive(kids));
  }
  return result;
}

function evalArray(input: unknown[], node: readonly [ParamsEntry, ParamsEntry, ParamsEntry]): unknown[] {
  const result: unknown[] = [];
  for (const value of input) {
    if (value === null || value === undefined) continue;
    if (!Array.isArray(value)) throw new JsonPathError(`${goTypeName(value)} is not array or slice`);
    const [p0, p1, p2] = node.map((p) => ({ ...p }));
    const len = value.length;
    if (!p0!.known) p0!.value = 0;
    if (p0!.value < 0) p0!.value += len;
    if (!p1!.known) p1!.value = len;
    if (p1!.value < 0 || (p1!.value === 0 && p1!.derived)) p1!.value += len;
    if (p1!.value === p0!.value) return result;
    if (p0!.value >= len || p0!.value < 0) throw new JsonPathError(`array index out of bounds: index ${p0!.value}, length ${len}`);
    if (p1!.value > len || p1!.value < 0) throw new JsonPathError(`array index out of bounds: index ${p1!.value - 1}, length ${len}`);
    if (p0!.value > p1!.value) throw new JsonPathError(`starting index ${p0!.value} is greater than ending index ${p1!.value}`);
    let step = 1;
    if (p2!.known) {
      if (p2!.value <= 0) throw new JsonPathError('step must be > 0');
      step = p2!.value;
    }
    for (let i = p0!.value; i < p1!.value; i += step) result.push(value[i]);
  }
  return result;
}
