// kubectl set image against the API: pods, pod templates, cron jobs; --record, -l, --all; server refusals.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';

type Containers = Array<{ name: string; image: string }>;

function setup() {
  const h = kubectlHarness();
  h.run('kubectl create deployment web --image=nginx:1.25');
  return h;
}

const deploymentImages = (h: ReturnType<typeof kubectlHarness>, name = 'web'): string[] =>
  ((h.cluster.client().get('apps/deployments', 'default', name)!.spec as { template: { spec: { containers: Containers } } }).template.spec.containers).map((c) => c.image);

describe('kubectl set image', () => {
  it('updates a deployment and says nothing when the image is already set', () => {
    const h = setup();
    expect(h.run('kubectl set image deployment/web nginx=nginx:1.27')).toEqual({ stdout: 'deployment.apps/web image updated\n', stderr: '', code: 0 });
    expect(deploymentImages(h)).toEqual(['nginx:1.27']);
    const rv = h.cluster.store.revision;
    expect(h.run('kubectl set image deployment/web nginx=nginx:1.27')).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(h.cluster.store.revision).toBe(rv);
  });

  it('reports containers it cannot find, after updating the ones it can', () => {
    const h = setup();
    expect(h.run('kubectl set image deploy web nope=x nginx=nginx:1.26'))
      .toEqual({ stdout: 'deployment.apps/web image updated\n', stderr: 'error: unable to find container named "nope"\n', code: 1 });
    expect(h.run('kubectl set image deploy/web *=busybox').stdout).toBe('deployment.apps/web image updated\n');
    expect(deploymentImages(h)).toEqual(['busybox']);
  });

  it('records the command line as the change cause with the deprecated --record', () => {
    const h = setup();
    expect(h.run('kubectl set image deployment/web nginx=nginx:1.27 --record')).toEqual({
      stdout: 'deployment.apps/web image updated\n', stderr: 'Flag --record has been deprecated, --record will be removed in the future\n', code: 0,
    });
    expect(h.cluster.client().get('apps/deployments', 'default', 'web')!.metadata.annotations?.['kubernetes.io/change-cause'])
      .toBe('kubectl set image deployment/web nginx=nginx:1.27 --record=true');
  });

  it('selects with -l and --all, and needs one of them for a bare type', () => {
    const h = setup();
    h.run('kubectl create deployment api --image=nginx:1.25');
    expect(h.run('kubectl set image deployments nginx=nginx:1.26').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
    expect(h.run('kubectl set image deployments -l app=api nginx=nginx:1.26').stdout).toBe('deployment.apps/api image updated\n');
    expect(h.run('kubectl set image deployments --all nginx=nginx:1.27').stdout).toBe('deployment.apps/api image updated\ndeployment.apps/web image updated\n');
    expect(h.run('kubectl set image deployments --all -l app=api nginx=x').stderr).toBe('error: cannot set --all and --selector at the same time\n');
  });

  it('updates pods and cron jobs; the server refuses immutable job templates', () => {
    const h = setup();
    h.run('kubectl run p --image=nginx:1.25');
    expect(h.run('kubectl set image pod/p p=nginx:1.27').stdout).toBe('pod/p image updated\n');
    h.run('kubectl create cronjob c --image=busybox "--schedule=*/1 * * * *"');
    expect(h.run('kubectl set image cj/c c=busybox:1.36').stdout).toBe('cronjob.batch/c image updated\n');
    h.run('kubectl create job j --image=busybox');
    expect(h.run('kubectl set image job/j j=busybox:1.36').stderr).toMatch(/^error: failed to patch image update to pod template: Job\.batch "j" is invalid: spec\.template: /);
    h.cluster.client().create('/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { ports: [{ port: 80 }] } });
    expect(h.run('kubectl set image svc/web a=b').stderr).toBe('error: services/web the object is not a pod or does not have a pod template: *v1.Service\n');
  });

  it('dry runs on the client and on the server without changing anything', () => {
    const h = setup();
    const rv = h.cluster.store.revision;
    expect(h.run('kubectl set image deployment/web nginx=nginx:1.27 --dry-run=client').stdout).toBe('deployment.apps/web image updated (dry run)\n');
    expect(h.run('kubectl set image deployment/web nginx=nginx:1.27 --dry-run=server').stdout).toBe('deployment.apps/web image updated (server dry run)\n');
    expect(h.cluster.store.revision).toBe(rv);
    expect(deploymentImages(h)).toEqual(['nginx:1.25']);
  });
});
