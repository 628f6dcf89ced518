import { describe, expect, it } from 'vitest';
import { courseProfile, createCluster, type KubeObject } from '../../index.ts';
import type { HttpRequest } from '../../infra/images/http-types.ts';

const NS = 'ingress-nginx';
const LABELS = { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' };

function install(c: ReturnType<typeof createCluster>): void {
  const api = c.client();
  api.create('/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } } as KubeObject);
  api.create('networking.k8s.io/ingressclasses', { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx' }, spec: { controller: 'k8s.io/ingress-nginx' } } as KubeObject);
  api.create('apps/deployments', {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'ingress-nginx-controller', namespace: NS },
    spec: {
      selector: { matchLabels: LABELS },
      template: {
        metadata: { labels: LABELS },
        spec: {
          containers: [{
            name: 'controller', image: 'registry.k8s.io/ingress-nginx/controller:v1.11.3@sha256:d56f135b6462cfc476447cfe564b83a45e8bb7da2774963b00d12161112270b7',
            args: ['/nginx-ingress-controller', '--election-id=ingress-nginx-leader', '--controller-class=k8s.io/ingress-nginx', '--ingress-class=nginx', '--configmap=$(POD_NAMESPACE)/ingress-nginx-controller'],
            env: [{ name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } }],
            ports: [{ name: 'http', containerPort: 80 }, { name: 'https', containerPort: 443 }],
            readinessProbe: { httpGet: { path: '/healthz', port: 10254 }, initialDelaySeconds: 10, periodSeconds: 10 },
          }],
        },
      },
    },
  } as KubeObject);
  api.create('/services', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'ingress-nginx-controller', namespace: NS },
    spec: { type: 'NodePort', selector: LABELS, ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }, { name: 'https', port: 443, targetPort: 'https', nodePort: 30443 }] },
  } as KubeObject);
  api.create('apps/deployments', {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
  } as KubeObject);
  api.create('/services', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'web-service-interne', namespace: 'default' },
    spec: { selector: { app: 'web' }, ports: [{ port: 8080, targetPort: 80 }] },
  } as KubeObject);
}

function ingress(annotations: Record<string, string>, extra: Record<string, unknown> = {}): KubeObject {
  const path = (p: string, svc: string, port: number) => ({ path: p, pathType: 'Prefix', backend: { service: { name: svc, port: { number: port } } } });
  return {
    apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web-ingress', namespace: 'default', annotations },
    spec: { ingressClassName: 'nginx', rules: [{ host: 'www.k8s-lab.com', http: { paths: [path('/frontend', 'web-service-interne', 8080), path('/backend', 'api-service', 80)] } }], ...extra },
  } as KubeObject;
}

const get = (path: string, host = 'www.k8s-lab.com'): HttpRequest => ({ method: 'GET', path, headers: { Host: host, 'User-Agent': 'curl/8.5.0', Accept: '*/*' } });

function ready(annotations: Record<string, string> = { 'nginx.ingress.kubernetes.io/rewrite-target': '/' }, extra: Record<string, unknown> = {}) {
  const c = createCluster({ seed: 7, profile: courseProfile });
  install(c);
  c.advance(60_000);
  c.client().create('networking.k8s.io/ingresses', ingress(annotations, extra));
  c.advance(2_000);
  return c;
}

const controllerNodeIp = (c: ReturnType<typeof createCluster>): string => {
  const pod = c.client().list('/pods', NS)[0]!;
  const node = c.client().get('/nodes', undefined, (pod.spec as { nodeName: string }).nodeName)!;
  return (node.status as { addresses: Array<{ type: string; address: string }> }).addresses.find((a) => a.type === 'InternalIP')!.address;
};

describe('ingress-nginx', () => {
  it('publishes the controller node address in the Ingress status and records Sync events', () => {
    const c = ready();
    const ing = c.client().get('networking.k8s.io/ingresses', 'default', 'web-ingress')!;
    expect((ing.status as { loadBalancer: { ingress: unknown[] } }).loadBalancer.ingress).toEqual([{ ip: controllerNodeIp(c) }]);
    const events = c.client().list('/events', 'default').filter((e) => (e.involvedObject as { name: string }).name === 'web-ingress');
    expect(events.map((e) => [e.reason, e.count, (e.source as { component: string }).component])).toEqual([['Sync', 2, 'nginx-ingress-controller']]);
  });

  it('routes by host and path with rewrite-target, 503 without endpoints, 404 for an unknown host', () => {
    const c = ready();
    const out = c.network.stackOf({ kind: 'external' });
    const front = out.http('192.168.56.11', 30080, get('/frontend'));
    expect(front.kind === 'response' && front.response.body).toContain('Welcome to nginx!');
    const back = out.http('192.168.56.11', 30080, get('/backend'));
    expect(back.kind === 'response' && [back.response.status, back.response.body]).toEqual([503, expect.stringContaining('<center><h1>503 Service Temporarily Unavailable</h1></center>')]);
    const other = out.http('192.168.56.11', 30080, get('/frontend', 'example.com'));
    expect(other.kind === 'response' && [other.response.status, other.response.headers['Content-Length']]).toEqual([404, '146']);
    const logs = c.client().logs(NS, c.client().list('/pods', NS)[0]!.metadata.name!);
    expect(logs).toMatch(/"GET \/frontend HTTP\/1\.1" 200 615 "-" "curl\/8\.5\.0" \d+ 0\.00\d \[default-web-service-interne-8080\] \[\] 192\.168\.\d+\.\d+:80 615 0\.00\d 200 [0-9a-f]{32}/);
    expect(logs).toContain('[upstream-default-backend] [] 127.0.0.1:8181 146 0.000 404');
  });

  it('redirects plain HTTP to HTTPS for a TLS host and serves it over TLS with HSTS', () => {
    const c = ready({}, { tls: [{ hosts: ['www.k8s-lab.com'], secretName: 'k8s-lab-pki-tls' }] });
    const out = c.network.stackOf({ kind: 'external' });
    const plain = out.http('192.168.56.11', 30080, get('/frontend'));
    expect(plain.kind === 'response' && [plain.response.status, plain.response.headers.Location]).toEqual([308, 'https://www.k8s-lab.com/frontend']);
    const secure = out.http('192.168.56.11', 30443, get('/frontend/'), { tls: true });
    expect(secure.kind === 'response' && [secure.response.status, secure.response.headers['Strict-Transport-Security']]).toEqual([404, 'max-age=31536000; includeSubDomains']);
    const wrong = out.http('192.168.56.11', 30443, get('/frontend'));
    expect(wrong.kind === 'response' && wrong.response.body).toContain('The plain HTTP request was sent to HTTPS port');
  });

  it('ignores an Ingress without a class it owns and leaves its address empty', () => {
    const c = createCluster({ seed: 7, profile: courseProfile });
    install(c);
    c.advance(40_000);
    const noClass = ingress({});
    delete (noClass.spec as { ingressClassName?: string }).ingressClassName;
    c.client().create('networking.k8s.io/ingresses', noClass);
    c.advance(70_000);
    expect(c.client().get('networking.k8s.io/ingresses', 'default', 'web-ingress')!.status).toEqual({ loadBalancer: {} });
    expect(c.client().logs(NS, c.client().list('/pods', NS)[0]!.metadata.name!)).toContain('"Ignoring ingress because of error while validating ingress class" ingress="default/web-ingress" error="ingress does not contain a valid IngressClass"');
  });
});
