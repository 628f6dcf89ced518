// Which list fields merge element by element in a strategic merge patch, and on which key
// (the patchStrategy/patchMergeKey tags of the upstream Go types of the built-in kinds).

/** Field name → merge key, for list fields with patchStrategy "merge". */
const MERGE_KEYS: Readonly<Record<string, string>> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  ports: 'containerPort',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  conditions: 'type',
  ownerReferences: 'uid',
  taints: 'key',
  addresses: 'type',
  topologySpreadConstraints: 'topologyKey',
  resourceClaims: 'name',
};

/** The merge key of list `field` under `path`; Service ports merge by `port`, container ports by containerPort. */
export function mergeKeyFor(path: readonly string[], field: string): string | undefined {
  if (field === 'ports' && path.includes('spec') && !path.includes('containers') && !path.includes('initContainers')) {
    return path[path.length - 1] === 'spec' && !path.includes('template') ? 'port' : MERGE_KEYS[field];
  }
  return MERGE_KEYS[field];
}
