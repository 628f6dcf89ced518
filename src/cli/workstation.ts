// The student's workstation: a home directory with ~/.kube/config for the cluster, and shells
// whose PATH holds the builtins and kubectl. The files are shared by every shell (and the editor).

import type { Cluster } from '../engine/index.ts';
import { MemoryFs } from './fs/memory-fs.ts';
import type { VirtualFs } from './fs/virtual-fs.ts';
import { kubectlProgram } from './kubectl/main.ts';
import { dockerProgram } from './docker/main.ts';
import { BUILTINS } from './shell/builtins/registry.ts';
import { curlCommand } from './shell/builtins/curl.ts';
import { ShellSession } from './shell/session.ts';
import { skeletonFiles } from './skeleton.ts';
import { METRICS_SERVER_MANIFEST, METRICS_SERVER_MANIFEST_FILE } from './kubectl/cmd/top/metrics-server-manifest.ts';
import { editorPrograms } from './screen-editor/editor-programs.ts';
import { ScreenEditor } from './screen-editor/screen-editor.ts';
import { kubelabProgram } from './sandbox/kubelab-command.ts';
import { sshProgram } from './node/ssh.ts';
import { openNodeShell } from './node/node-shell.ts';

export const STUDENT = { user: 'student', hostname: 'workstation', home: '/home/student' } as const;
/** The workstation's address on the lab's host-only network (VirtualBox's host side). */
const WORKSTATION_IP = '192.168.56.1';

export interface Workstation {
  readonly fs: VirtualFs;
  /** Where `vi` and kubectl edit show files; the browser's editor pane attaches to it. */
  readonly screen: ScreenEditor;
  /** The names of the programs on its PATH, for completion. */
  readonly programs: readonly string[];
  openShell(): ShellSession;
}

export function createWorkstation(cluster: Cluster, files?: Record<string, string>): Workstation {
  const fs = new MemoryFs(() => cluster.nowMs, files ?? initialFiles(cluster));
  const kubectl = kubectlProgram({ cluster, home: STUDENT.home });
  const screen = new ScreenEditor();
  const curl = curlCommand(() => cluster.network.stackOf({ kind: 'external' }));
  const commands = [...BUILTINS, ...editorPrograms(screen), kubectl, kubelabProgram(cluster), curl, dockerProgram(cluster), sshProgram(cluster, { from: WORKSTATION_IP, openShell: openNodeShell })];
  return {
    fs,
    screen,
    programs: commands.map((c) => c.name),
    openShell: () => new ShellSession({
      fs,
      commands,
      home: STUDENT.home,
      user: STUDENT.user,
      hostname: STUDENT.hostname,
      nowMs: () => cluster.nowMs,
      env: {
        HOME: STUDENT.home,
        USER: STUDENT.user,
        SHELL: '/bin/bash',
        PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        LANG: 'C.UTF-8',
        TERM: 'xterm-256color',
      },
    }),
  };
}

function initialFiles(cluster: Cluster): Record<string, string> {
  return {
    ...skeletonFiles(STUDENT.home),
    ...(cluster.info.kubeconfig ? { [`${STUDENT.home}/.kube/config`]: cluster.info.kubeconfig } : {}),
    [`${STUDENT.home}/${METRICS_SERVER_MANIFEST_FILE}`]: METRICS_SERVER_MANIFEST,
    ...networkFiles(),
  };
}

/** Ubuntu 22.04's /etc/hosts and systemd-resolved's stub resolv.conf; the student may add names to /etc/hosts. */
function networkFiles(): Record<string, string> {
  return {
    '/etc/hosts': `127.0.0.1 localhost\n127.0.1.1 ${STUDENT.hostname}\n\n# The following lines are desirable for IPv6 capable hosts\n` +
      '::1     ip6-localhost ip6-loopback\nfe00::0 ip6-localnet\nff00::0 ip6-mcastprefix\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n',
    '/etc/resolv.conf': '# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).\n# Do not edit.\n#\n' +
      '# This file might be symlinked as /etc/resolv.conf. If you\'re looking at\n# /etc/resolv.conf and seeing this text, you have followed\n' +
      '# the symlink.\n#\n# This is a dynamic resolv.conf file for connecting local clients to the\n# internal DNS stub resolver of systemd-resolved. This file lists all\n' +
      '# configured search domains.\n#\n# Run "resolvectl status" to see details about the uplink DNS servers\n# currently in use.\n#\n' +
      '# Third party programs should typically not access this file directly, but only\n# through the symlink at /etc/resolv.conf. To manage man:resolv.conf(5) in a\n' +
      '# different way, replace this symlink by a static file or a different symlink.\n#\n# See man:systemd-resolved.service(8) for details about the supported modes of\n' +
      '# operation for /etc/resolv.conf.\n\nnameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n',
  };
}
