// `kubectl events` and `kubectl get events` over recorded events: columns, repeated events, sorting,
// --for, --types, -A, -o, -w, and the oracle cases.

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../engine/index.ts';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

const BACKOFF = 'Back-off restarting failed container web in pod web_default(1)';

/**
 * Events recorded by hand about a config map (nothing in the cluster reacts to one): a BackOff seen
 * twice 10s apart, a Pulling between them, a Scheduled at the end; then 60s pass.
 */
function withEvents() {
  const h = kubectlHarness();
  h.run('create configmap web');
  const cm: KubeObject = h.cluster.client().get('/configmaps', 'default', 'web')!;
  const kubelet = h.cluster.recorder('kubelet', 'k8s-worker-1');
  kubelet.record(cm, 'Warning', 'BackOff', BACKOFF, 'spec.containers{web}');
  h.cluster.advance(5_000);
  kubelet.record(cm, 'Normal', 'Pulling', 'Pulling image "nginx"', 'spec.containers{web}');
  h.cluster.advance(5_000);
  kubelet.record(cm, 'Warning', 'BackOff', BACKOFF, 'spec.containers{web}');
  h.cluster.recorder('default-scheduler').record(cm, 'Normal', 'Scheduled', 'Successfully assigned default/web to k8s-worker-1');
  h.cluster.advance(60_000);
  return h;
}

describe('kubectl events (oracle)', () => {
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    expect(kubectlHarness().run(`kubectl ${line}`)).toMatchObject({ stdout, stderr, code });
  });
});

describe('kubectl events', () => {
  it('lists events oldest first with Kind/name and the repeat count', () => {
    const h = withEvents();
    expect(h.run('events')).toMatchObject({
      stdout: [
        'LAST SEEN           TYPE      REASON      OBJECT          MESSAGE',
        '65s                 Normal    Pulling     ConfigMap/web   Pulling image "nginx"',
        `60s (x2 over 70s)   Warning   BackOff     ConfigMap/web   ${BACKOFF}`,
        '60s                 Normal    Scheduled   ConfigMap/web   Successfully assigned default/web to k8s-worker-1',
        '',
      ].join('\n'),
      code: 0,
    });
  });

  it('filters with --for and --types, and adds NAMESPACE with -A', () => {
    const h = withEvents();
    expect(h.run('events --types=warning').stdout).toBe(`LAST SEEN           TYPE      REASON    OBJECT          MESSAGE\n60s (x2 over 70s)   Warning   BackOff   ConfigMap/web   ${BACKOFF}\n`);
    expect(h.run('events --for pod/other')).toMatchObject({ stdout: '', stderr: 'No events found in default namespace.\n', code: 0 });
    expect(h.run('events --for configmap/web --no-headers').stdout.split('\n')).toHaveLength(4);
    expect(h.run('events -A --types Normal').stdout.split('\n')[0]).toBe('NAMESPACE   LAST SEEN   TYPE     REASON      OBJECT          MESSAGE');
    expect(h.run('events -n kube-system --for deploy/nope').stderr).toBe('No events found in kube-system namespace.\n');
    expect(h.run('events --for bogus/x')).toMatchObject({ stderr: 'error: the server doesn\'t have a resource type "bogus"\n', code: 1 });
  });

  it('prints the list with -o name and -o yaml', () => {
    const h = withEvents();
    expect(h.run('events -o name').stdout).toMatch(/^(event\/web\.[0-9a-f]{16}\n){3}$/);
    expect(h.run('events -o yaml').stdout).toMatch(/^apiVersion: v1\nitems:\n- apiVersion: v1\n[\s\S]*kind: EventList\nmetadata: \{\}\n$/);
  });

  it('watches with -w: the current events, then new ones, until Ctrl-C', () => {
    const h = withEvents();
    const r = h.run('events -w --types=Warning');
    expect(r.stdout).toBe(`LAST SEEN           TYPE      REASON    OBJECT          MESSAGE\n60s (x2 over 70s)   Warning   BackOff   ConfigMap/web   ${BACKOFF}\n`);
    const cm = h.cluster.client().get('/configmaps', 'default', 'web')!;
    h.cluster.recorder('kubelet', 'k8s-worker-1').record(cm, 'Warning', 'Failed', 'Error: ErrImagePull', 'spec.containers{web}');
    r.process!.poll(h.cluster.nowMs);
    expect(r.stdout.split('\n')[2]).toBe('0s                  Warning   Failed    ConfigMap/web   Error: ErrImagePull');
    r.process!.cancel();
    expect(r.code).toBe(130);
  });
});

describe('kubectl get events', () => {
  it('prints the server\'s columns in list order, wide ones with -o wide', () => {
    const h = withEvents();
    expect(h.run('get events').stdout.split('\n').slice(0, 2)).toEqual([
      'LAST SEEN   TYPE      REASON      OBJECT          MESSAGE',
      `60s         Warning   BackOff     configmap/web   ${BACKOFF}`,
    ]);
    expect(h.run('get events -o wide').stdout.split('\n')[0]).toBe(
      'LAST SEEN   TYPE      REASON      OBJECT          SUBOBJECT              SOURCE                  MESSAGE                                                          FIRST SEEN   COUNT   NAME',
    );
    expect(h.run('get events --field-selector type=Normal,involvedObject.name=web --sort-by=.lastTimestamp').stdout.split('\n').map((l) => l.split(/\s{2,}/)[2])).toEqual(['REASON', 'Pulling', 'Scheduled', undefined]);
    expect(h.run('get events -A').stdout.split('\n')[0]).toBe('NAMESPACE   LAST SEEN   TYPE      REASON      OBJECT          MESSAGE');
  });
});
