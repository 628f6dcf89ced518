// A pod's colour on the topology: its printed STATUS (as `kubectl get pods` shows it) sorted into
// the few categories the legend explains, each with one colour.

import type { ViewPod } from '../../worker/host/api.ts';

export const STATUS_CATEGORIES = ['pending', 'creating', 'running', 'notReady', 'failing', 'completed', 'terminating', 'unknown'] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

export const STATUS_COLORS: Readonly<Record<StatusCategory, string>> = {
  pending: '#e0af68',
  creating: '#7aa2f7',
  running: '#9ece6a',
  notReady: '#ff9e64',
  failing: '#f7768e',
  completed: '#5c6773',
  terminating: '#bb9af7',
  unknown: '#a9b1d6',
};

const CREATING = new Set(['ContainerCreating', 'PodInitializing']);
const PENDING = new Set(['Pending', 'SchedulingGated']);
const INIT_PROGRESS = /^Init:\d+\/\d+$/;

export function statusCategory(pod: Pick<ViewPod, 'status' | 'readyContainers' | 'totalContainers'>): StatusCategory {
  const { status } = pod;
  if (status === 'Terminating') return 'terminating';
  if (status === 'Completed' || status === 'Succeeded') return 'completed';
  if (PENDING.has(status)) return 'pending';
  if (CREATING.has(status) || INIT_PROGRESS.test(status)) return 'creating';
  if (status === 'Running') return pod.totalContainers > 0 && pod.readyContainers === pod.totalContainers ? 'running' : 'notReady';
  if (status === 'NotReady') return 'notReady';
  if (status === 'Unknown') return 'unknown';
  return 'failing';
}
