// What kubeadm reaches on the machine it runs on and in the cluster: the machines, their kubelets,
// the clock and generator, and an admin client (kubeadm's admin.conf). The Cluster provides it.

import type { VirtualClock } from '../../base/clock.ts';
import type { SeededRandom } from '../../base/rand.ts';
import type { ApiClient } from '../../client/client.ts';
import type { EventRecorder } from '../../client/events.ts';
import type { Kubelets } from '../../kubelet/kubelets.ts';
import type { BootContext, ProfileInfo } from '../../profiles/profile.ts';
import { LOOPBACK_ADMIN } from '../../apiserver/auth/user.ts';
import { isFsError } from '../fs/errors.ts';
import type { Vfs } from '../fs/vfs.ts';
import type { Machines } from '../machine/machines.ts';

export interface KubeadmHost {
  readonly info: ProfileInfo;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly machines: Machines;
  readonly kubelets: Kubelets;
  client(user: string): ApiClient;
  recorder(component: string, host?: string): EventRecorder;
}

/** kubeadm's requests go with admin.conf's credentials, with the controllers' clock and generator. */
export function adminContext(host: KubeadmHost): BootContext {
  return { client: host.client(LOOPBACK_ADMIN), clock: host.clock, rand: host.rand, recorder: (c, h) => host.recorder(c, h) };
}

/** Files as the base-files tables give them (`dir/` for a directory), written with their parents. */
export function writeFiles(fs: Vfs, files: Readonly<Record<string, string>>): void {
  for (const [path, data] of Object.entries(files)) {
    const dir = path.endsWith('/') ? path.slice(0, -1) : path.slice(0, path.lastIndexOf('/'));
    fs.mkdir(dir, { parents: true });
    if (path.endsWith('/')) continue;
    const secret = /\.(key|conf)$/.test(path) || path.startsWith('/etc/kubernetes/manifests/');
    fs.writeFile(path, data, { mode: secret ? 0o600 : 0o644 });
  }
}

/** `rm -rf` of each path that exists. */
export function removeTrees(fs: Vfs, paths: readonly string[]): void {
  for (const path of paths) {
    if (!fs.exists(path)) continue;
    const entries = fs.readdir(path);
    if (!isFsError(entries)) {
      removeTrees(fs, entries.map((e) => `${path}/${e}`));
      fs.rmdir(path);
    } else fs.unlink(path);
  }
}
