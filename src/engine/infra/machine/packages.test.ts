import { describe, expect, it } from 'vitest';
import { applyChanges, planInstall } from './packages-install.ts';
import { available, compareVersions, initialPackages, repoIn, setHold, sourcesLine } from './packages.ts';

describe('node packages', () => {
  it('reads the pkgs.k8s.io minor from the sources list', () => {
    expect(repoIn(sourcesLine('v1.32'))).toBe('v1.32');
    expect(repoIn('# deb https://pkgs.k8s.io/core:/stable:/v1.32/deb/ /\n')).toBeUndefined();
    expect(repoIn('deb https://example.com/ubuntu jammy main\n')).toBeUndefined();
  });

  it('offers every patch release of a minor, newest first', () => {
    expect(available('v1.32', 'kubeadm')).toEqual(['1.32.3-1.1', '1.32.2-1.1', '1.32.1-1.1', '1.32.0-1.1']);
    expect(available('v1.32', 'cri-tools')).toEqual(['1.32.0-1.1']);
    expect(available('v1.40', 'kubeadm')).toEqual([]);
    expect(compareVersions('1.31.10-1.1', '1.31.9-1.1')).toBeGreaterThan(0);
  });

  it('upgrades kubeadm with the cri-tools of its minor and reports held packages', () => {
    const pkgs = { ...initialPackages(), lists: 'v1.32' };
    const plan = planInstall(pkgs, [{ name: 'kubeadm', version: '1.32.0-1.1' }]);
    expect(plan).toEqual({
      ok: true, newest: [], notUpgraded: 3,
      changes: [{ name: 'cri-tools', from: '1.31.1-1.1', to: '1.32.0-1.1' }, { name: 'kubeadm', from: '1.31.4-1.1', to: '1.32.0-1.1' }],
    });
    if (plan.ok) applyChanges(pkgs, plan.changes);
    expect(pkgs.installed.kubeadm).toBe('1.32.0-1.1');
  });

  it('matches version wildcards and refuses what the index does not have', () => {
    const pkgs = { ...initialPackages(), lists: 'v1.32' };
    const glob = planInstall(pkgs, [{ name: 'kubelet', version: '1.32.2-*' }]);
    expect(glob.ok && glob.changes.map((c) => c.to)).toEqual(['1.32.2-1.1']);
    expect(planInstall(pkgs, [{ name: 'kubeadm', version: '1.31.4-1.1' }])).toEqual({ ok: false, error: "E: Version '1.31.4-1.1' for 'kubeadm' was not found" });
    expect(planInstall(pkgs, [{ name: 'helm' }])).toEqual({ ok: false, error: 'E: Unable to locate package helm' });
  });

  it('holds and unholds once', () => {
    const pkgs = initialPackages();
    expect(setHold(pkgs, 'kubeadm', false)).toBe(true);
    expect(setHold(pkgs, 'kubeadm', false)).toBe(false);
    expect(setHold(pkgs, 'kubeadm', true)).toBe(true);
    expect(pkgs.held).toEqual(['kubelet', 'kubectl', 'kubeadm']);
  });
});
