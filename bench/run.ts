// `npm run bench`: runs the benchmarks and prints `figure | goal | measured | ratio`.
// `--small` runs a tenth of the load (10 nodes) for CI. Timings are reported, never asserted. The
// browser figures build the app and drive it in Chromium.

import { runBrowserBench } from './browser.ts';
import { runDeploymentsBench } from './deployments.ts';
import { runPodsBench } from './pods.ts';
import { formatTable } from './table.ts';

const small = process.argv.includes('--small');
const figures = [
  ...runPodsBench(small ? { pods: 1_000, nodes: 10 } : { pods: 10_000, nodes: 100 }),
  ...runDeploymentsBench(small ? { deployments: 10, replicas: 100, nodes: 10 } : { deployments: 100, replicas: 100, nodes: 100 }),
  ...(await runBrowserBench(small ? { pods: 100, keystrokes: 20 } : { pods: 1_000, keystrokes: 100 })),
];
console.log(formatTable(figures));
