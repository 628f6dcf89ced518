// What kube-webhook-certgen's runs leave in the API: `create` stores a CA, certificate and key in
// the admission Secret; `patch` writes the CA into the ValidatingWebhookConfiguration and sets its
// failure policy. Mirrors images/kube-webhook-certgen (v1.4.4) cmd/create.go and cmd/patch.go.

import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { encodeBase64, encodeBase64Text } from '../../base/base64.ts';
import type { SeededRandom } from '../../base/rand.ts';
import type { ApiClient } from '../../client/client.ts';
import { flagValue } from '../../infra/images/programs/support.ts';

export const CERTGEN_IMAGE = 'registry.k8s.io/ingress-nginx/kube-webhook-certgen:';

/** The certgen container of `pod`, when it runs kube-webhook-certgen. */
export function certgenContainer(pod: KubeObject): Container | undefined {
  return (pod.spec as PodSpec | undefined)?.containers.find((c) => c.image?.startsWith(CERTGEN_IMAGE));
}

/** A PEM block of `lines` lines of seeded base64 (a stand-in: nothing checks signatures here). */
function fakePem(label: string, lines: number, rand: SeededRandom): string {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(encodeBase64(Array.from({ length: 48 }, () => rand.int(256))));
  return `-----BEGIN ${label}-----\n${body.join('\n')}\n-----END ${label}-----\n`;
}

/** A flag's value with `$(POD_NAMESPACE)` as the kubelet expands it. */
function flag(args: readonly string[], name: string, pod: KubeObject): string | undefined {
  return flagValue(args, name)?.replace('$(POD_NAMESPACE)', pod.metadata.namespace ?? '');
}

/** Applies what the certgen run in `pod` does; safe to repeat. False while `patch` waits for the Secret. */
export function runCertgen(client: ApiClient, pod: KubeObject, rand: SeededRandom): boolean {
  const args = certgenContainer(pod)?.args ?? [];
  const namespace = flag(args, 'namespace', pod) ?? pod.metadata.namespace!;
  const secretName = flag(args, 'secret-name', pod) ?? '';
  const secret = client.get('/secrets', namespace, secretName);
  if (args[0] === 'create') {
    if (secret) return true;
    const data = { ca: fakePem('CERTIFICATE', 10, rand), cert: fakePem('CERTIFICATE', 12, rand), key: fakePem('EC PRIVATE KEY', 3, rand) };
    ignoreConflicts(() => client.create('/secrets', {
      apiVersion: 'v1', kind: 'Secret', metadata: { name: secretName, namespace },
      data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, encodeBase64Text(v)])),
    }));
    return true;
  }
  const ca = (secret?.data as Record<string, string> | undefined)?.ca;
  const vwc = client.get('admissionregistration.k8s.io/validatingwebhookconfigurations', undefined, flag(args, 'webhook-name', pod) ?? '');
  if (args[0] !== 'patch') return true;
  if (!ca || !vwc) return false;
  const policy = flag(args, 'patch-failure-policy', pod);
  const webhooks = ((vwc as { webhooks?: Array<Record<string, unknown>> }).webhooks ?? []).map((w) => ({
    ...w, clientConfig: { ...(w.clientConfig as object), caBundle: ca }, ...(policy ? { failurePolicy: policy } : {}),
  }));
  ignoreConflicts(() => client.update('admissionregistration.k8s.io/validatingwebhookconfigurations', { ...vwc, webhooks } as KubeObject));
  return true;
}

function ignoreConflicts(write: () => unknown): void {
  try {
    write();
  } catch (e) {
    if (!isStatusError(e)) throw e;
  }
}
