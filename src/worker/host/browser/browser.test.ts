import { describe, expect, it } from 'vitest';
import { createWorkstation } from '../../../cli/workstation.ts';
import { courseProfile, createCluster, type KubeObject } from '../../../engine/index.ts';
import type { HostEvent } from '../api.ts';
import { Browser } from './browser.ts';
import { parseUrl } from './url.ts';

function world() {
  const cluster = createCluster({ seed: 2, profile: courseProfile });
  const api = cluster.client();
  api.create('apps/deployments', {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
  } as KubeObject);
  api.create('/services', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' },
    spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80, nodePort: 31008 }] },
  } as KubeObject);
  cluster.advance(30_000);
  return { cluster, workstation: createWorkstation(cluster) };
}

describe('browser pane', () => {
  it('parses what an address bar takes', () => {
    expect(parseUrl('localhost:8080')).toEqual({ scheme: 'http', host: 'localhost', port: 8080, path: '/' });
    expect(parseUrl('https://WWW.k8s-lab.com/frontend?x=1#top')).toEqual({ scheme: 'https', host: 'www.k8s-lab.com', port: 443, path: '/frontend?x=1' });
    expect(parseUrl('http://x:99999/')).toBeUndefined();
    expect(parseUrl('not a url')).toBeUndefined();
  });

  it('fetches a NodePort page from the workstation, by IP or by a name in /etc/hosts', () => {
    const w = world();
    const browser = new Browser(() => undefined);
    browser.bind(w);
    const page = browser.browse({ url: 'http://192.168.56.12:31008/' });
    expect(page.ok && page.status).toBe(200);
    expect(page.ok && page.body).toContain('Welcome to nginx!');
    expect(browser.browse({ url: 'http://www.k8s-lab.com:31008/' })).toMatchObject({ ok: false, problem: 'unresolved', host: 'www.k8s-lab.com' });
    if (!w.workstation.fs.exists('/etc')) w.workstation.fs.mkdir('/etc', { parents: true });
    w.workstation.fs.writeFile('/etc/hosts', '127.0.0.1 localhost\n192.168.56.13 www.k8s-lab.com\n');
    expect(browser.browse({ url: 'www.k8s-lab.com:31008' })).toMatchObject({ ok: true, status: 200, url: 'http://www.k8s-lab.com:31008/' });
    expect(browser.browse({ url: 'http://192.168.56.12:31009/' })).toMatchObject({ ok: false, problem: 'refused' });
    expect(browser.browse({ url: 'http://10.96.0.1/' })).toMatchObject({ ok: false, problem: 'timeout' });
  });

  it('reports the port-forward listeners once per change', () => {
    const w = world();
    const events: HostEvent[] = [];
    const browser = new Browser((e) => events.push(e));
    browser.bind(w);
    const pod = w.cluster.client().list('/pods', 'default')[0]!;
    const listener = {
      address: '127.0.0.1', port: 8080, target: { namespace: 'default', pod: pod.metadata.name!, uid: pod.metadata.uid!, port: 80 }, onConnection: () => undefined,
    };
    w.cluster.network.forwards.listen(listener);
    browser.flush();
    browser.flush();
    expect(events).toEqual([{ type: 'forwards', forwards: [{ address: '127.0.0.1', port: 8080, namespace: 'default', pod: pod.metadata.name!, podPort: 80 }] }]);
    expect(browser.browse({ url: 'http://localhost:8080/' })).toMatchObject({ ok: true, status: 200 });
    w.cluster.network.forwards.close(listener);
    browser.flush();
    expect(events.at(-1)).toEqual({ type: 'forwards', forwards: [] });
  });
});
