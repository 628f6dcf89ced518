// Serialising objects for -o yaml, -o json and -o name, as kubectl prints them:
// YAML like sigs.k8s.io/yaml (sorted keys, unindented sequences), JSON like Go's json.MarshalIndent
// of unstructured content (sorted keys, HTML-safe escapes, 4-space indent).

import { dump } from 'js-yaml';
import type { KubeObject, ResourceInfo } from '../../../engine/index.ts';
import { kindGroup } from '../util/resource-args.ts';
import { goJson } from './go-format.ts';

export function toYaml(value: unknown): string {
  return dump(value, { seqNoIndent: true, lineWidth: -1, sortKeys: true, quoteStyle: 'double', noRefs: true });
}

export function toJson(value: unknown): string {
  return `${goJson(value, '    ')}\n`;
}

/** `deployment.apps/web` */
export function nameOf(info: ResourceInfo, obj: KubeObject): string {
  return `${kindGroup(info)}/${obj.metadata.name ?? ''}`;
}

/** A list as kubectl prints several objects with -o yaml/json: `kind: List` with the items. */
export function asList(items: readonly KubeObject[]): object {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
