// The student's workstation: a home directory with ~/.kube/config for the cluster, and shells
// whose PATH holds the builtins and kubectl. The files are shared by every shell (and the editor).

import type { Cluster } from '../engine/index.ts';
import { MemoryFs } from './fs/memory-fs.ts';
import type { VirtualFs } from './fs/virtual-fs.ts';
import { kubectlProgram } from './kubectl/main.ts';
import { BUILTINS } from './shell/builtins/registry.ts';
import { ShellSession } from './shell/session.ts';
import { skeletonFiles } from './skeleton.ts';
import { METRICS_SERVER_MANIFEST, METRICS_SERVER_MANIFEST_FILE } from './kubectl/cmd/top/metrics-server-manifest.ts';
import { editorPrograms } from './screen-editor/editor-programs.ts';
import { ScreenEditor } from './screen-editor/screen-editor.ts';

export const STUDENT = { user: 'student', hostname: 'workstation', home: '/home/student' } as const;

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
  const commands = [...BUILTINS, ...editorPrograms(screen), kubectl];
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
    [`${STUDENT.home}/.kube/config`]: cluster.info.kubeconfig,
    [`${STUDENT.home}/${METRICS_SERVER_MANIFEST_FILE}`]: METRICS_SERVER_MANIFEST,
  };
}
