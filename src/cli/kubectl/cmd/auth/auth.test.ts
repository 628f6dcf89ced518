import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { accessListRows } from './access-list.ts';

describe('kubectl auth can-i --list rows', () => {
  it('breaks rules down, compacts them by resource and sorts them as Go prints them (verbs first)', () => {
    const rows = accessListRows({
      resourceRules: [
        { verbs: ['get', 'list'], apiGroups: ['', 'apps'], resources: ['pods', 'deployments/scale'] },
        { verbs: ['create'], apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectaccessreviews'] },
        { verbs: ['get'], apiGroups: [''], resources: ['configmaps'], resourceNames: ['a', 'b'] },
      ],
      nonResourceRules: [{ verbs: ['get'], nonResourceURLs: ['/api', '/api/*'] }],
    }, false);
    expect(rows.split('\n')).toEqual([
      'Resources\tNon-Resource URLs\tResource Names\tVerbs',
      'selfsubjectaccessreviews.authorization.k8s.io\t[]\t[]\t[create]',
      'deployments/scale\t[]\t[]\t[get list]',
      'pods\t[]\t[]\t[get list]',
      'deployments.apps/scale\t[]\t[]\t[get list]',
      'pods.apps\t[]\t[]\t[get list]',
      '\t[/api/*]\t[]\t[get]',
      '\t[/api]\t[]\t[get]',
      'configmaps\t[]\t[a]\t[get]',
      'configmaps\t[]\t[b]\t[get]',
      '',
    ]);
  });
});

describe('kubectl auth', () => {
  it('answers yes with exit 0 on a cluster without RBAC, and warns about unknown resources', () => {
    const h = kubectlHarness();
    expect(h.run('auth can-i delete widgets')).toEqual({ stdout: 'yes\n', stderr: "Warning: the server doesn't have a resource type 'widgets'\n", code: 0 });
    expect(h.run('auth can-i get pods --quiet')).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('rejects bad argument combinations as kubectl does', () => {
    const h = kubectlHarness();
    expect(h.run('auth can-i get').stderr).toBe("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n");
    expect(h.run('auth can-i --list pods').stderr).toBe('error: list option must be specified with no arguments\n');
    expect(h.run('auth can-i --list -A').stderr).toBe("error: list option can't be specified with neither quiet, all-namespaces nor subresource options\n");
  });

  it('says who the request is from (no credentials: anonymous)', () => {
    expect(kubectlHarness().run('auth whoami').stdout).toBe('ATTRIBUTE   VALUE\nUsername    system:anonymous\nGroups      [system:unauthenticated]\n');
  });
});
