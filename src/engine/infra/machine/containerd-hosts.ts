// A node's containerd registry hosts: `config_path` in /etc/containerd/config.toml names the
// directories, `<dir>/<host[:port]>/hosts.toml` lists the endpoints (each `[host."…"]` with its
// capabilities, then `server`, then the default https://<host>). Read at every pull, as containerd does.
// Mirrors containerd 1.7 remotes/docker/config/hosts.go and docs/hosts.md.

/** What reading the configuration needs of the node's filesystem (its Vfs satisfies it). */
export interface ConfigFiles {
  readFile(path: string): unknown;
}

export interface RegistryEndpoint {
  readonly scheme: 'http' | 'https';
  /** `192.168.56.1:5000`. */
  readonly host: string;
}

export const CONTAINERD_CONFIG = '/etc/containerd/config.toml';

/** The endpoints containerd tries, in order, to resolve a reference on registry `domain`. */
export function resolveEndpoints(fs: ConfigFiles, domain: string): RegistryEndpoint[] {
  const fallback: RegistryEndpoint = { scheme: 'https', host: domain };
  const hosts = hostsFile(fs, domain);
  if (hosts === undefined) return [fallback];
  const endpoints: RegistryEndpoint[] = [];
  let section: { url: string; caps: string[] | undefined } | undefined;
  const close = (): void => {
    if (section && (section.caps ?? ['resolve']).includes('resolve')) endpoints.push(...endpointOf(section.url));
    section = undefined;
  };
  let server: string | undefined;
  for (const raw of hosts.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const header = /^\[host\."([^"]+)"\]$/.exec(line);
    if (header) {
      close();
      section = { url: header[1]!, caps: undefined };
      continue;
    }
    const kv = /^(\w+)\s*=\s*(.+)$/.exec(line);
    if (!kv) continue;
    if (kv[1] === 'server' && !section) server = unquote(kv[2]!);
    if (kv[1] === 'capabilities' && section) section.caps = [...kv[2]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  }
  close();
  return [...endpoints, ...(server !== undefined ? endpointOf(server) : [fallback])];
}

/** The hosts.toml for `domain` in the first configured directory that has one. */
function hostsFile(fs: ConfigFiles, domain: string): string | undefined {
  const config = fs.readFile(CONTAINERD_CONFIG);
  if (typeof config !== 'string') return undefined;
  const m = /^\s*config_path\s*=\s*"([^"]*)"/m.exec(config);
  for (const dir of (m?.[1] ?? '').split(':').filter((d) => d !== '')) {
    const found = fs.readFile(`${dir.replace(/\/$/, '')}/${domain}/hosts.toml`);
    if (typeof found === 'string') return found;
  }
  return undefined;
}

function endpointOf(url: string): RegistryEndpoint[] {
  const m = /^(https?):\/\/([^/]+)/.exec(url);
  return m ? [{ scheme: m[1] as 'http' | 'https', host: m[2]! }] : [];
}

function unquote(value: string): string {
  return value.replace(/^"(.*)"$/, '$1');
}
