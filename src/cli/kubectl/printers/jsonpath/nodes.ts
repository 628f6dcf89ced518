// The parse tree of kubectl's JSONPath dialect (client-go util/jsonpath node.go).

export interface ParamsEntry {
  value: number;
  known: boolean;
  /** The end index was derived from the start (`[3]` means `[3:4]`). */
  derived: boolean;
}

export interface ListNode {
  readonly kind: 'list';
  readonly nodes: JsonPathNode[];
}

export type JsonPathNode =
  | ListNode
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'identifier'; readonly name: string }
  | { readonly kind: 'array'; readonly params: readonly [ParamsEntry, ParamsEntry, ParamsEntry] }
  | { readonly kind: 'filter'; readonly left: ListNode; readonly right: ListNode; readonly operator: string }
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'recursive' }
  | { readonly kind: 'union'; readonly nodes: readonly ListNode[] };

export const newList = (): ListNode => ({ kind: 'list', nodes: [] });

/** Errors of parsing or executing a template, with client-go's messages. */
export class JsonPathError extends Error {
  override readonly name = 'JsonPathError';
}
