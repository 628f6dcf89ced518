// Calico's binaries in the course cluster: calico-node (runit start, `-init`, the `-felix-live
// -bird-live` probe checks), the CNI installer and IPAM upgrade init containers, kube-controllers
// and its check-status probe. Mirrors Calico v3.29's log format.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import { calicoTime } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { writeLines, type ProgramFactory } from './support.ts';

const log = (sys: ProcSys, pid: number, source: string, text: string, offsetMs = 0): string =>
  `${calicoTime(sys.nowMs() + offsetMs)} [INFO][${pid}] ${source}: ${text}`;

type Run = (image: CatalogueImage, args: readonly string[], sys: ProcSys) => 'serve' | 'done';

const RUNS: Readonly<Record<string, Run>> = {
  start_runit: (image, _args, sys) => {
    writeLines(sys, 1, [
      log(sys, 9, 'startup/startup.go 425', 'Early log level set to info'),
      log(sys, 9, 'startup/utils.go 126', `Using NODENAME environment for node name ${sys.hostname}`),
      log(sys, 9, 'startup/startup.go 109', `Calico node version: ${image.version}`, 15),
      log(sys, 64, 'felix/daemon.go 390', 'Successfully loaded configuration.', 600),
      log(sys, 64, 'felix/health.go 294', 'Overall health status changed: live=true ready=true', 2_100),
    ]);
    return 'serve';
  },
  'calico-node': (image, args, sys) => {
    if (args.includes('-init')) {
      writeLines(sys, 1, [log(sys, 1, 'nodeinit/calico-init_linux.go 61', 'Checking if BPF filesystem is mounted.')]);
      return 'done';
    }
    if (args.some((a) => /^-(felix|bird)-(live|ready)|^-shutdown$/.test(a))) return 'done';
    return RUNS.start_runit!(image, args, sys);
  },
  install: (image, _args, sys) => {
    writeLines(sys, 2, [
      log(sys, 1, 'cni-installer/install.go 205', 'Running as a Kubernetes pod'),
      log(sys, 1, 'cni-installer/install.go 485', `Installed /host/opt/cni/bin/calico (CNI plugin ${image.version})`, 120),
      log(sys, 1, 'cni-installer/install.go 331', 'Wrote Calico CNI binaries to /host/opt/cni/bin', 130),
      log(sys, 1, 'cni-installer/install.go 505', 'Done configuring CNI.  Sleep= false', 180),
    ]);
    return 'done';
  },
  'calico-ipam': (_image, _args, sys) => {
    writeLines(sys, 2, [log(sys, 1, 'ipam_plugin.go 82', 'migrating from host-local to calico-ipam...')]);
    return 'done';
  },
  'kube-controllers': (image, _args, sys) => {
    writeLines(sys, 2, [
      log(sys, 1, 'main.go 107', 'Loaded configuration from environment config=&config.Config{LogLevel:"info", DatastoreType:"kubernetes"}'),
      log(sys, 1, 'main.go 131', `Ensuring Calico datastore is initialized (kube-controllers ${image.version})`, 40),
      log(sys, 1, 'main.go 185', 'Starting status report routine', 60),
    ]);
    return 'serve';
  },
  'check-status': () => 'done',
};

export const calicoProgram: ProgramFactory = (image, name): ExternalProgram => ({
  start(args, sys) {
    const outcome = (RUNS[name] ?? (() => 'done'))(image, args, sys);
    return { status: outcome === 'serve' ? { state: 'blocked' } : { state: 'exited', code: 0 } };
  },
  signal: () => ({ exitAfterMs: 100, code: 0 }),
});
