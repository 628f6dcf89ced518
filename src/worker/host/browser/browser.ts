// The browser pane's feature (a `HostFeature`, structurally): fetches a page as a browser on the
// student's workstation would — names from the workstation's /etc/hosts, then its resolver; the
// request through the workstation's network stack (NodePorts, Ingress addresses, port-forwards) —
// and tells the page which ports kubectl port-forward listens on, in one `forwards` event per change.

import type { Cluster } from '../../../engine/index.ts';
import type { Workstation } from '../../../cli/workstation.ts';
import type { HostEvent } from '../api.ts';
import type { BrowseRequest, BrowseResult, ForwardInfo } from './browser-types.ts';
import { formatUrl, parseUrl } from './url.ts';

const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const NODE_RESOLVER = '127.0.0.53';

export class Browser {
  private cluster: Cluster | undefined;
  private workstation: Workstation | undefined;
  private sent = '[]';

  constructor(private readonly emit: (event: HostEvent) => void) {}

  bind(world: { readonly cluster: Cluster; readonly workstation: Workstation }): void {
    this.cluster = world.cluster;
    this.workstation = world.workstation;
  }

  flush(): void {
    const now = JSON.stringify(this.forwards());
    if (now === this.sent) return;
    this.sent = now;
    this.emit({ type: 'forwards', forwards: this.forwards() });
  }

  forwards(): ForwardInfo[] {
    return (this.cluster?.network.forwards.list() ?? []).map((l) => ({
      address: l.address, port: l.port, namespace: l.target.namespace, pod: l.target.pod, podPort: l.target.port,
    }));
  }

  browse(req: BrowseRequest): BrowseResult {
    const u = parseUrl(req.url);
    if (!u || !this.cluster) return { ok: false, url: req.url, problem: 'badUrl', host: '' };
    const url = formatUrl(u);
    const net = this.cluster.network.stackOf({ kind: 'external' });
    const ip = this.resolve(u.host);
    if (ip === undefined) return { ok: false, url, problem: 'unresolved', host: u.host };
    const defaultPort = u.scheme === 'https' ? 443 : 80;
    const headers = {
      Host: u.port === defaultPort ? u.host : `${u.host}:${u.port}`, 'User-Agent': USER_AGENT,
      Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', ...req.headers,
    };
    const res = net.http(ip, u.port, { method: 'GET', path: u.path, headers }, { tls: u.scheme === 'https' });
    if (res.kind !== 'response') return { ok: false, url, problem: res.kind, host: u.host };
    return { ok: true, url, status: res.response.status, headers: Object.entries(res.response.headers), body: res.response.body };
  }

  /** An address for `host`: itself, the workstation's /etc/hosts, then its resolver. */
  private resolve(host: string): string | undefined {
    if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
    if (host === 'localhost') return '127.0.0.1';
    const listed = this.hostsEntry(host);
    if (listed) return listed;
    const answer = this.cluster!.network.stackOf({ kind: 'external' }).dns(NODE_RESOLVER, host, 'A');
    return answer.kind === 'answer' ? answer.answers.find((r) => r.type === 'A')?.data : undefined;
  }

  private hostsEntry(host: string): string | undefined {
    const fs = this.workstation?.fs;
    if (!fs?.exists('/etc/hosts')) return undefined;
    for (const line of fs.readFile('/etc/hosts').split('\n')) {
      const [ip, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
      if (ip && names.map((n) => n.toLowerCase()).includes(host)) return ip;
    }
    return undefined;
  }
}
