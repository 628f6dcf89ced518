import { describe, expect, it } from 'vitest';
import { courseProfile } from '../../../../engine/index.ts';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';

const get = { method: 'GET', path: '/', headers: { Host: 'localhost:8080', 'User-Agent': 'curl/8.5.0', Accept: '*/*' } };

function withWeb() {
  const h = kubectlHarness({ profile: courseProfile, seed: 4 });
  h.run('create deployment web --image=nginx --port=80');
  h.run('expose deployment web --port=8080 --target-port=80');
  h.cluster.advance(30_000);
  return h;
}

describe('kubectl port-forward', () => {
  it('forwards a workstation port to the pod behind a Service, telling each connection', () => {
    const h = withWeb();
    const run = h.run('port-forward svc/web 8080:8080');
    expect(run.stdout).toBe('Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n');
    const net = h.cluster.network.stackOf({ kind: 'external' });
    const res = net.http('127.0.0.1', 8080, get);
    expect(res.kind === 'response' && res.response.body).toContain('Welcome to nginx!');
    expect(run.stdout).toContain('Handling connection for 8080\n');
    expect(net.http('127.0.0.1', 8081, get).kind).toBe('refused');
    run.process!.cancel();
    expect(run.code).toBe(0);
    expect(net.http('127.0.0.1', 8080, get).kind).toBe('refused');
  });

  it('ends with "lost connection to pod" when its pod goes away', () => {
    const h = withWeb();
    const pod = h.cluster.client().list('/pods', 'default')[0]!;
    const run = h.run(`port-forward pod/${pod.metadata.name!} 8080:80`);
    h.cluster.client().delete('/pods', 'default', pod.metadata.name!);
    run.process!.poll(h.cluster.nowMs);
    expect(run.process!.done).toBe(false);
    h.cluster.advance(35_000);
    run.process!.poll(h.cluster.nowMs);
    expect(run.stderr).toBe('error: lost connection to pod\n');
    expect(run.code).toBe(1);
  });

  it('refuses what kubectl refuses, with its messages', () => {
    const h = withWeb();
    expect(h.run('port-forward svc/web').stderr).toBe("error: TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples\n");
    expect(h.run('port-forward svc/web 8080:80').stderr).toBe('error: Service web does not have a service port 80\n');
    expect(h.run('port-forward svc/web https').stderr).toBe("error: Service 'web' does not have a named port 'https'\n");
    expect(h.run('port-forward svc/web 80:8080').stderr).toContain('bind: permission denied');
    expect(h.run('port-forward svc/web 99999:8080').stderr).toBe('error: Error parsing local port \'99999\': strconv.ParseUint: parsing "99999": value out of range\n');
  });
});
