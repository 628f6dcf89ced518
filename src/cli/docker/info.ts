// `docker info`: the client's plugins, then the daemon's counts, storage and cgroup drivers,
// runtimes, kernel and OS, CPUs and memory, and the insecure registries (127.0.0.0/8 by default).
// Mirrors cli/command/system/info.go's prettyPrintInfo for Docker Engine 27.3 on Ubuntu 22.04.

import type { DockerEngine } from '../../engine/index.ts';
import type { CommandContext } from '../shell/types.ts';
import type { DockerCommand } from './command.ts';
import { parseFlags, usageFailure } from './flags.ts';
import { bytesSize, WORKSTATION_HOST } from './host.ts';
import { DOCKER_CLIENT_VERSION } from './version.ts';

export const INFO: DockerCommand = {
  name: 'info',
  usage: '[OPTIONS]',
  summary: 'Display system-wide information',
  options: '',
  run: (ctx, engine, args) => info(ctx, engine, args),
};

const CLIENT = `Client: Docker Engine - Community
 Version:    ${DOCKER_CLIENT_VERSION}
 Context:    default
 Debug Mode: false
 Plugins:
  buildx: Docker Buildx (Docker Inc.)
    Version:  v0.17.1
    Path:     /usr/libexec/docker/cli-plugins/docker-buildx
  compose: Docker Compose (Docker Inc.)
    Version:  v2.29.7
    Path:     /usr/libexec/docker/cli-plugins/docker-compose
`;

/** The daemon's ID (a UUID since Engine 26), fixed for the workstation. */
const DAEMON_ID = '8f1c2b7e-5d3a-4c9e-b6a1-2e7f4d0c9a35';

function info(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): number {
  const p = parseFlags(args, { bools: {}, values: {} });
  if (p instanceof Error) return usageFailure(ctx, 'info', p.message);
  const cs = engine.state.containers;
  const running = cs.filter((c) => c.status === 'running').length;
  const h = WORKSTATION_HOST;
  ctx.io.stdout.write(`${CLIENT}
Server:
 Containers: ${cs.length}
  Running: ${running}
  Paused: 0
  Stopped: ${cs.length - running}
 Images: ${engine.state.images.length}
 Server Version: ${DOCKER_CLIENT_VERSION}
 Storage Driver: overlay2
  Backing Filesystem: extfs
  Supports d_type: true
  Using metacopy: false
  Native Overlay Diff: true
  userxattr: false
 Logging Driver: json-file
 Cgroup Driver: systemd
 Cgroup Version: 2
 Plugins:
  Volume: local
  Network: bridge host ipvlan macvlan null overlay
  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog
 Swarm: inactive
 Runtimes: io.containerd.runc.v2 runc
 Default Runtime: runc
 Init Binary: docker-init
 containerd version: 7f7fdf5fed64eb6a7caf99b3e12efcf9d60e311c
 runc version: v1.1.14-0-g2c9f560
 init version: de40ad0
 Security Options:
  apparmor
  seccomp
   Profile: builtin
  cgroupns
 Kernel Version: ${h.kernel}
 Operating System: ${h.os}
 OSType: linux
 Architecture: x86_64
 CPUs: ${h.cpus}
 Total Memory: ${bytesSize(h.memoryBytes)}
 Name: ${h.name}
 ID: ${DAEMON_ID}
 Docker Root Dir: /var/lib/docker
 Debug Mode: false
 Experimental: false
 Insecure Registries:
  127.0.0.0/8
 Live Restore Enabled: false

`);
  return 0;
}
