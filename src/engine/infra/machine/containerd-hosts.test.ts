// containerd's hosts.toml rules: only under config_path, `[host]` entries with the resolve
// capability first, then `server`, then the default https://<host>.

import { describe, expect, it } from 'vitest';
import { resolveEndpoints } from './containerd-hosts.ts';

const files = (entries: Record<string, string>): { readFile(path: string): unknown } => ({ readFile: (p) => entries[p] ?? { errno: 'ENOENT' } });
const CONFIG = { '/etc/containerd/config.toml': '[plugins."io.containerd.grpc.v1.cri".registry]\n  config_path = "/etc/containerd/certs.d"\n' };
const HOSTS = '/etc/containerd/certs.d/192.168.56.1:5000/hosts.toml';

describe('resolveEndpoints', () => {
  it('uses HTTPS when no hosts.toml configures the registry', () => {
    expect(resolveEndpoints(files(CONFIG), '192.168.56.1:5000')).toEqual([{ scheme: 'https', host: '192.168.56.1:5000' }]);
  });

  it('ignores hosts.toml when config_path does not name its directory', () => {
    expect(resolveEndpoints(files({ [HOSTS]: 'server = "http://192.168.56.1:5000"\n' }), '192.168.56.1:5000')).toEqual([{ scheme: 'https', host: '192.168.56.1:5000' }]);
  });

  it('tries resolving hosts in order, then the server', () => {
    const hosts = 'server = "https://192.168.56.1:5000"\n[host."http://192.168.56.1:5000"]\n  capabilities = ["pull", "resolve"]\n[host."http://mirror:5000"]\n  capabilities = ["pull"]\n';
    expect(resolveEndpoints(files({ ...CONFIG, [HOSTS]: hosts }), '192.168.56.1:5000')).toEqual([
      { scheme: 'http', host: '192.168.56.1:5000' }, { scheme: 'https', host: '192.168.56.1:5000' },
    ]);
  });

  it('falls back to https://<host> when the file names no server', () => {
    const hosts = '[host."http://192.168.56.1:5000"]\n';
    expect(resolveEndpoints(files({ ...CONFIG, [HOSTS]: hosts }), '192.168.56.1:5000')).toEqual([
      { scheme: 'http', host: '192.168.56.1:5000' }, { scheme: 'https', host: '192.168.56.1:5000' },
    ]);
  });
});
