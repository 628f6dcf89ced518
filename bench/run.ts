// `npm run bench`: runs the benchmarks and prints `figure | goal | measured | ratio`.
// `--small` runs a tenth of the load (10 nodes) for CI; `--engine` leaves out the browser figures;
// `--envelope[=<fraction>]` runs only the 5,000-node, 150,000-pod envelope (or that share of its pods).
// Timings are reported, never asserted. The browser figures build the app and drive it in Chromium.

import { runBrowserBench } from './browser.ts';
import { runDeploymentsBench } from './deployments.ts';
import { runEnvelopeBench } from './envelope.ts';
import { runKubectlBench } from './kubectl.ts';
import { runPodsBench } from './pods.ts';
import { runRolloutBench } from './rollout.ts';
import { runSchedulerBench } from './scheduler.ts';
import { runSnapshotBench } from './snapshot.ts';
import { formatTable, type Figure } from './table.ts';

const small = process.argv.includes('--small');
const engineOnly = process.argv.includes('--engine');
const envelope = process.argv.find((a) => a === '--envelope' || a.startsWith('--envelope='));
if (envelope) {
  console.log(formatTable(runEnvelopeBench(envelope.includes('=') ? Number(envelope.split('=')[1]) : 1)));
  process.exit(0);
}
const scale = small ? { pods: 1_000, nodes: 10 } : { pods: 10_000, nodes: 100 };
/** The pods figures and kubectl on their cluster, which is let go before the next benchmarks. */
function podsAndKubectl(): Figure[] {
  const pods = runPodsBench(scale);
  return [...pods.figures, ...runKubectlBench(pods.cluster, 'worker-001', small ? 3 : 30)];
}
const figures = [
  ...podsAndKubectl(),
  ...runDeploymentsBench(small ? { deployments: 10, replicas: 100, nodes: 10 } : { deployments: 100, replicas: 100, nodes: 100 }),
  ...runSchedulerBench(small ? { pods: 100, nodes: 10 } : { pods: 1_000, nodes: 100 }),
  ...runRolloutBench(small ? { replicas: 100, nodes: 10 } : { replicas: 1_000, nodes: 100 }),
];
const snapshot = runSnapshotBench(scale);
figures.push(...snapshot.figures);
if (!engineOnly) {
  figures.push(...await runBrowserBench({
    ...(small ? { pods: 100, keystrokes: 20 } : { pods: 1_000, keystrokes: 100 }),
    session: { text: snapshot.sessionText, ...scale },
    burstPods: scale.pods,
  }));
}
console.log(formatTable(figures));
