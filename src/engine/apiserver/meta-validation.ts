// ObjectMeta validation common to every kind: names, namespaces, labels, annotations.
// Mirrors apimachinery api/validation/objectmeta.go and util/validation.

import type { FieldCause } from '../api/errors.ts';
import { field } from '../api/errors.ts';
import type { ResourceInfo } from '../api/kinds.ts';
import type { KubeObject } from '../api/types.ts';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, isLabelValue, isQualifiedName } from '../api/validation/names.ts';

/** Resources whose names must be DNS-1123 labels rather than subdomains. */
const LABEL_NAMED: ReadonlySet<string> = new Set(['namespaces']);
/** Resources whose names must be DNS-1035 labels. */
const DNS1035_NAMED: ReadonlySet<string> = new Set(['services']);
/** Resources whose names are path segments (RBAC): anything without '/' or '%' and not '.' / '..'. */
const PATH_SEGMENT_NAMED: ReadonlySet<string> = new Set(['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings']);

export function validateObjectMeta(info: ResourceInfo, obj: KubeObject): FieldCause[] {
  const meta = obj.metadata;
  const causes: FieldCause[] = [];
  const name = meta.name ?? '';
  if (name === '') causes.push(field.required('metadata.name', 'name or generateName is required'));
  else causes.push(...nameCauses(info.resource, name));
  for (const [k, v] of Object.entries(meta.labels ?? {})) {
    causes.push(...isQualifiedName(k).map((m) => field.invalid('metadata.labels', k, m)));
    causes.push(...isLabelValue(v).map((m) => field.invalid('metadata.labels', v, m)));
  }
  let annotationBytes = 0;
  for (const [k, v] of Object.entries(meta.annotations ?? {})) {
    causes.push(...isQualifiedName(k.toLowerCase()).map((m) => field.invalid('metadata.annotations', k, m)));
    annotationBytes += k.length + String(v).length;
  }
  if (annotationBytes > 256 * 1024) causes.push(field.tooLong('metadata.annotations', 256 * 1024));
  return causes;
}

function nameCauses(resource: string, name: string): FieldCause[] {
  let errors: string[];
  if (PATH_SEGMENT_NAMED.has(resource)) {
    errors = name === '.' || name === '..' ? [`may not be '${name}'`] : /[/%]/.test(name) ? [`may not contain '${name.includes('/') ? '/' : '%'}'`] : [];
  } else if (LABEL_NAMED.has(resource)) errors = isDns1123Label(name);
  else if (DNS1035_NAMED.has(resource)) errors = isDns1035Label(name);
  else errors = isDns1123Subdomain(name);
  return errors.map((m) => field.invalid('metadata.name', name, m));
}
