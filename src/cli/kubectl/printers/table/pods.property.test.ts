// The pod table's row cache: rows of frozen (stored) pods, cached by object, equal the rows computed
// afresh from unfrozen copies, through random successive versions of a pod read at random times.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../engine/index.ts';
import { POD_TABLE } from './pods.ts';

const START_MS = Date.UTC(2024, 4, 14, 15, 0, 0);
const stamp = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

const state = fc.oneof(
  fc.constant({ running: { startedAt: stamp(START_MS) } }),
  fc.constantFrom('ContainerCreating', 'CrashLoopBackOff', 'PodInitializing', '').map((reason) => ({ waiting: { reason } })),
  fc.record({ exitCode: fc.constantFrom(0, 1, 137), reason: fc.constantFrom('Completed', 'Error', undefined), signal: fc.constantFrom(9, undefined) })
    .map((terminated) => ({ terminated })),
);

const containerStatus = (name: string): fc.Arbitrary<Record<string, unknown>> => fc.record({
  name: fc.constant(name),
  ready: fc.boolean(),
  started: fc.boolean(),
  restartCount: fc.nat(5),
  state,
  lastState: fc.option(fc.nat(3_600).map((s) => ({ terminated: { exitCode: 1, finishedAt: stamp(START_MS - s * 1_000) } })), { nil: undefined }),
});

/** One version of the pod: the fields the row reads, each possibly changed from the last version. */
const podVersion = fc.record({
  phase: fc.constantFrom('Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'),
  statusReason: fc.constantFrom(undefined, 'NodeLost', 'Evicted'),
  sidecar: fc.boolean(),
  init: fc.array(containerStatus('init'), { maxLength: 1 }),
  containers: fc.tuple(containerStatus('a'), containerStatus('b')),
  conditions: fc.subarray([
    { type: 'Ready', status: 'True' }, { type: 'Initialized', status: 'True' }, { type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' },
    { type: 'example.com/gate', status: 'True' },
  ]),
  deleting: fc.boolean(),
  ip: fc.constantFrom(undefined, '10.244.1.7'),
  node: fc.constantFrom(undefined, 'worker-1'),
  gates: fc.boolean(),
}).map((v): KubeObject => ({
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name: 'web', namespace: 'default', creationTimestamp: stamp(START_MS), ...(v.deleting ? { deletionTimestamp: stamp(START_MS) } : {}) },
  spec: {
    containers: [{ name: 'a' }, { name: 'b' }],
    initContainers: v.init.length === 0 ? [] : [{ name: 'init', ...(v.sidecar ? { restartPolicy: 'Always' } : {}) }],
    ...(v.node ? { nodeName: v.node } : {}),
    ...(v.gates ? { readinessGates: [{ conditionType: 'example.com/gate' }] } : {}),
  },
  status: {
    phase: v.phase, ...(v.statusReason ? { reason: v.statusReason } : {}), conditions: v.conditions,
    initContainerStatuses: v.init, containerStatuses: v.containers, ...(v.ip ? { podIPs: [{ ip: v.ip }] } : {}),
  },
}));

describe('pod table row cache', () => {
  it('gives a stored pod the row computed afresh, version after version and read after read', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(podVersion, fc.array(fc.nat(400_000), { minLength: 1, maxLength: 3 }), fc.boolean()), { minLength: 1, maxLength: 6 }), (versions) => {
        for (const [version, elapsedSeconds, isWide] of versions) {
          const stored = deepFreeze(structuredClone(version));
          for (const s of elapsedSeconds) {
            const opts = { nowMs: START_MS + s * 1_000, wide: isWide };
            expect(POD_TABLE.row(stored, opts)).toEqual(POD_TABLE.row(structuredClone(version), opts));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
