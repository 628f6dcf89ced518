import { describe, expect, it } from 'vitest';
import { KeyPathError, parseKeyPath, select } from './key-path.ts';

const deployment = {
  metadata: { labels: { 'kubernetes.io/hostname': 'k8s-worker-1', tier: 'frontend' } },
  spec: { template: { spec: { containers: [{ name: 'sidecar', image: 'busybox' }, { name: 'web', image: 'nginx:1.25', ports: [{ containerPort: 80 }] }] } } },
};

describe('key paths', () => {
  it('selects list items by key, whatever their position', () => {
    expect(select(deployment, parseKeyPath('spec.template.spec.containers[name=web].image'))).toBe('nginx:1.25');
    expect(select(deployment, parseKeyPath('spec.template.spec.containers[name=web].ports[containerPort=80].containerPort'))).toBe(80);
  });

  it('reads keys with dots and slashes when quoted', () => {
    expect(select(deployment, parseKeyPath('metadata.labels["kubernetes.io/hostname"]'))).toBe('k8s-worker-1');
  });

  it('gives undefined for a missing field or item', () => {
    expect(select(deployment, parseKeyPath('spec.template.spec.containers[name=db].image'))).toBeUndefined();
    expect(select(deployment, parseKeyPath('status.readyReplicas'))).toBeUndefined();
  });

  it('refuses positions and malformed paths', () => {
    expect(() => parseKeyPath('spec.containers[0].image')).toThrow(KeyPathError);
    expect(() => parseKeyPath('spec..replicas')).toThrow(KeyPathError);
    expect(() => parseKeyPath('spec.')).toThrow(KeyPathError);
  });
});
