// `docker version`: the client and server blocks of Docker Engine 27.3 on Ubuntu 22.04 (amd64).
// Mirrors cli/command/system/version.go's template.

import type { DockerCommand } from './command.ts';

const VERSION = `Client: Docker Engine - Community
 Version:           27.3.1
 API version:       1.47
 Go version:        go1.22.7
 Git commit:        ce12230
 Built:             Fri Sep 20 11:41:00 2024
 OS/Arch:           linux/amd64
 Context:           default

Server: Docker Engine - Community
 Engine:
  Version:          27.3.1
  API version:      1.47 (minimum version 1.24)
  Go version:       go1.22.7
  Git commit:       41ca978
  Built:            Fri Sep 20 11:41:00 2024
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          1.7.22
  GitCommit:        7f7fdf5fed64eb6a7caf99b3e12efcf9d60e311c
 runc:
  Version:          1.1.14
  GitCommit:        v1.1.14-0-g2c9f560
 docker-init:
  Version:          0.19.0
  GitCommit:        de40ad0
`;

export const DOCKER_CLIENT_VERSION = '27.3.1';

export const VERSION_CMD: DockerCommand = {
  name: 'version',
  usage: '[OPTIONS]',
  summary: 'Show the Docker version information',
  options: '',
  run: (ctx) => {
    ctx.io.stdout.write(VERSION);
    return 0;
  },
};
