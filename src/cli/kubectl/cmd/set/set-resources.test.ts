// kubectl set resources / selector / serviceaccount / subject against the API.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';

function setup() {
  const h = kubectlHarness();
  h.run('kubectl create deployment web --image=nginx:1.25');
  return h;
}

const podSpec = (h: ReturnType<typeof kubectlHarness>): { serviceAccountName?: string; containers: Array<{ resources?: unknown }> } =>
  (h.cluster.client().get('apps/deployments', 'default', 'web')!.spec as { template: { spec: never } }).template.spec;

describe('kubectl set resources', () => {
  it('sets limits and requests as canonical quantities', () => {
    const h = setup();
    expect(h.run('kubectl set resources deployment web --limits=cpu=0.5,memory=512Mi --requests=cpu=100m'))
      .toEqual({ stdout: 'deployment.apps/web resource requirements updated\n', stderr: '', code: 0 });
    expect(podSpec(h).containers[0]!.resources).toEqual({ limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '100m' } });
    expect(h.run('kubectl set resources deployment web --requests=memory=256Mi').stdout).toBe('deployment.apps/web resource requirements updated\n');
    expect(podSpec(h).containers[0]!.resources).toEqual({ limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '100m', memory: '256Mi' } });
    expect(h.run('kubectl set resources deployment web --requests=memory=1Gi').stderr).toBe('error: failed to patch resources update to pod template Deployment.apps "web" is invalid: '
      + 'spec.template.spec.containers[0].resources.requests: Invalid value: "1Gi": must be less than or equal to memory limit of 512Mi\n');
    expect(h.run('kubectl set resources deployment web -c nope --limits=cpu=1').stderr).toBe('error: unable to find container named nope\n');
  });
});

describe('kubectl set selector', () => {
  it('replaces a service\'s selector', () => {
    const h = setup();
    h.run('kubectl expose deployment web --port=80');
    expect(h.run('kubectl set selector svc/web app=api,tier=fe').stdout).toBe('service/web selector updated\n');
    expect((h.cluster.client().get('/services', 'default', 'web')!.spec as { selector: unknown }).selector).toEqual({ app: 'api', tier: 'fe' });
    expect(h.run('kubectl set selector deploy/web app=x').stderr).toBe('error: setting a selector is only supported for Services\n');
    expect(h.run('kubectl set selector svc/web app=x --resource-version=1').stderr).toMatch(/^Error from server \(Conflict\): Operation cannot be fulfilled on services "web"/);
  });
});

describe('kubectl set serviceaccount', () => {
  it('sets the pod template\'s service account, even when it already is', () => {
    const h = setup();
    expect(h.run('kubectl set serviceaccount deployment web robot').stdout).toBe('deployment.apps/web serviceaccount updated\n');
    expect(podSpec(h).serviceAccountName).toBe('robot');
    expect(h.run('kubectl set sa deployment/web robot').stdout).toBe('deployment.apps/web serviceaccount updated\n');
  });
});

describe('kubectl set subject', () => {
  it('adds missing subjects to a role binding', () => {
    const h = setup();
    h.run('kubectl create rolebinding admin --clusterrole=admin --user=alice');
    expect(h.run('kubectl set subject rolebinding admin --user=alice')).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(h.run('kubectl set subject rolebinding admin --user=bob --serviceaccount=:robot --group=devs').stdout)
      .toBe('rolebinding.rbac.authorization.k8s.io/admin subjects updated\n');
    expect((h.cluster.client().get('rbac.authorization.k8s.io/rolebindings', 'default', 'admin') as { subjects?: unknown }).subjects).toEqual([
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'alice' },
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'bob' },
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'devs' },
      { kind: 'ServiceAccount', name: 'robot', namespace: 'default' },
    ]);
  });
});
