import { describe, expect, it } from 'vitest';
import { MemoryFs } from '../../fs/memory-fs.ts';
import { emptyKubeconfig } from '../kubeconfig.ts';
import { inClusterConfig, orInCluster, SERVICE_ACCOUNT_DIR } from './in-cluster.ts';

const ENV: Record<string, string> = { KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' };
const podFiles = { [`${SERVICE_ACCOUNT_DIR}/token`]: 'eyJ.x.y', [`${SERVICE_ACCOUNT_DIR}/namespace`]: 'dev', [`${SERVICE_ACCOUNT_DIR}/ca.crt`]: 'CA' };

describe('in-cluster config', () => {
  it('uses the service host and port, the token file and the namespace file', () => {
    expect(inClusterConfig(new MemoryFs(() => 0, podFiles), (n) => ENV[n])).toMatchObject({
      'current-context': 'in-cluster',
      clusters: [{ name: 'in-cluster', cluster: { server: 'https://10.96.0.1:443', 'certificate-authority': `${SERVICE_ACCOUNT_DIR}/ca.crt` } }],
      users: [{ name: 'in-cluster', user: { tokenFile: `${SERVICE_ACCOUNT_DIR}/token` } }],
      contexts: [{ name: 'in-cluster', context: { cluster: 'in-cluster', user: 'in-cluster', namespace: 'dev' } }],
    });
  });

  it('is not possible without the token (automountServiceAccountToken: false) or the service env', () => {
    expect(inClusterConfig(new MemoryFs(() => 0, {}), (n) => ENV[n])).toBeUndefined();
    expect(inClusterConfig(new MemoryFs(() => 0, podFiles), () => undefined)).toBeUndefined();
  });
});

describe('the fallback to it', () => {
  const inCluster = inClusterConfig(new MemoryFs(() => 0, podFiles), (n) => ENV[n]);
  const loaded = (kubeconfig = emptyKubeconfig()) => ({ kubeconfig, kubeconfigPath: '/.kube/config' });

  it('happens when the kubeconfig names no server, and not when it does', () => {
    expect(orInCluster(loaded(), inCluster, '').kubeconfig['current-context']).toBe('in-cluster');
    const empty = loaded();
    expect(orInCluster(empty, undefined, '')).toBe(empty);
    const own = { ...emptyKubeconfig(), clusters: [{ name: 'c', cluster: { server: 'https://1.2.3.4:6443' } }], contexts: [{ name: 'x', context: { cluster: 'c' } }], 'current-context': 'x' };
    expect(orInCluster(loaded(own), inCluster, '').kubeconfig).toBe(own);
  });
});
