import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sim/cluster.ts';
import { courseProfile } from '../../profiles/course/index.ts';
import { checkClusterInfoSignature, createToken, deleteToken, listTokens } from './tokens.ts';
import { joinCommand } from './discovery.ts';

describe('bootstrap tokens', () => {
  const cluster = createCluster({ seed: 7, profile: courseProfile });
  const client = cluster.client();

  it('creates a token Secret that signs cluster-info, and deletes both', () => {
    createToken(client, 'abcdef.0123456789abcdef', cluster.nowMs);
    expect(listTokens(client)).toMatchObject([{ id: 'abcdef', secret: '0123456789abcdef', usages: ['authentication', 'signing'] }]);
    expect(checkClusterInfoSignature(client, 'abcdef', '0123456789abcdef')).toBe('valid');
    expect(checkClusterInfoSignature(client, 'abcdef', 'ffffffffffffffff')).toBe('mismatch');
    expect(deleteToken(client, 'abcdef')).toBe(true);
    expect(checkClusterInfoSignature(client, 'abcdef', '0123456789abcdef')).toBe('missing');
  });

  it('prints the join command with the course CA pin and kubeadm trailing space', () => {
    expect(joinCommand(cluster.info.server, 'abcdef.0123456789abcdef', cluster.info.caPem)).toBe(
      'kubeadm join 192.168.56.11:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:3a51c61ff119f4a73e7c519bd1d2667f3ffa16a2bc697263760bdb7eb7b485a1 ');
  });
});
