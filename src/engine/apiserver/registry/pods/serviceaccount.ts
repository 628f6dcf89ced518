// ServiceAccount admission for Pods: defaults serviceAccountName to `default`, rejects unknown
// service accounts, and mounts the projected `kube-api-access-<suffix>` token volume in every
// container. Mirrors plugin/pkg/admission/serviceaccount/admission.go (v1.31).

import type { Container, PodSpec, Volume } from 'kubernetes-types/core/v1';
import { forbidden } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { randomSuffix } from '../../../base/names.ts';
import type { AdmissionContext } from '../../strategy.ts';

export const DEFAULT_SERVICE_ACCOUNT = 'default';
export const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
export const TOKEN_VOLUME_PREFIX = 'kube-api-access-';
/** serviceaccount.WarnOnlyBoundTokenExpirationSeconds: 1h + 7s. */
const TOKEN_EXPIRATION_SECONDS = 3607;
const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

/** The name admission errors print: the generateName prefix when the name was generated. */
export function admissionName(pod: KubeObject): string {
  const { name = '', generateName } = pod.metadata;
  return generateName && name.startsWith(generateName) && name.length === generateName.length + 5 ? generateName : name;
}

export function admitServiceAccount(pod: KubeObject, ctx: AdmissionContext): void {
  if (pod.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== undefined) return;
  const spec = pod.spec as PodSpec;
  if (!spec.serviceAccountName) spec.serviceAccountName = DEFAULT_SERVICE_ACCOUNT;
  spec.serviceAccount = spec.serviceAccountName;
  const namespace = pod.metadata.namespace ?? 'default';
  const sa = ctx.get('', 'serviceaccounts', namespace, spec.serviceAccountName);
  // Deviation from upstream: the real plugin polls ~1 s for the `default` account that the
  // service account controller is about to create; the synchronous engine assumes it exists.
  if (!sa && spec.serviceAccountName !== DEFAULT_SERVICE_ACCOUNT) {
    throw forbidden('', 'pods', admissionName(pod),
      `error looking up service account ${namespace}/${spec.serviceAccountName}: serviceaccount "${spec.serviceAccountName}" not found`);
  }
  const automount = spec.automountServiceAccountToken ?? (sa?.automountServiceAccountToken as boolean | undefined) ?? true;
  if (automount) mountToken(spec, ctx);
  const pullSecrets = (sa?.imagePullSecrets as Array<{ name?: string }> | undefined) ?? [];
  if ((spec.imagePullSecrets ?? []).length === 0 && pullSecrets.length > 0) {
    spec.imagePullSecrets = pullSecrets.map((s) => ({ name: s.name ?? '' }));
  }
}

function mountToken(spec: PodSpec, ctx: AdmissionContext): void {
  const existing = (spec.volumes ?? []).find((v) => v.name.startsWith(TOKEN_VOLUME_PREFIX));
  const volumeName = existing?.name ?? TOKEN_VOLUME_PREFIX + randomSuffix(ctx.rand);
  let needsVolume = false;
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])] as Container[]) {
    if ((c.volumeMounts ?? []).some((m) => m.mountPath === TOKEN_MOUNT_PATH)) continue;
    c.volumeMounts = [...(c.volumeMounts ?? []), { name: volumeName, readOnly: true, mountPath: TOKEN_MOUNT_PATH }];
    needsVolume = true;
  }
  if (!existing && needsVolume) spec.volumes = [...(spec.volumes ?? []), tokenVolume(volumeName)];
}

/** TokenVolumeSource: token, the cluster CA and the namespace, mode 0644. */
function tokenVolume(name: string): Volume {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: TOKEN_EXPIRATION_SECONDS, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}
