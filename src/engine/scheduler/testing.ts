// Hand-built nodes and pods for the scheduler's unit tests: plain API objects with the fields the
// plugins read, wrapped into NodeInfo / PodInfo.

import type { PodSpec, Taint } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { NodeInfo } from './cache/node-info.ts';
import { newPodInfo, type PodInfo } from './cache/pod-info.ts';

export interface NodeFixture {
  readonly labels?: Record<string, string>;
  readonly taints?: Taint[];
  readonly unschedulable?: boolean;
  readonly allocatable?: Record<string, string>;
  readonly images?: Array<{ names: string[]; sizeBytes: number }>;
}

export const DEFAULT_ALLOCATABLE = { cpu: '2', memory: '4Gi', pods: '110', 'ephemeral-storage': '40Gi' };

export function nodeObject(name: string, f: NodeFixture = {}): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...f.labels } },
    spec: { ...(f.taints ? { taints: f.taints } : {}), ...(f.unschedulable ? { unschedulable: true } : {}) },
    status: { allocatable: f.allocatable ?? DEFAULT_ALLOCATABLE, ...(f.images ? { images: f.images } : {}) },
  };
}

export interface PodFixture {
  readonly namespace?: string;
  readonly labels?: Record<string, string>;
  readonly nodeName?: string;
  readonly priority?: number;
  readonly spec?: Partial<PodSpec>;
  readonly status?: Record<string, unknown>;
  readonly deleting?: boolean;
}

/** A pod with one container requesting `requests` (none when omitted). */
export function podObject(name: string, requests: Record<string, string> | undefined, f: PodFixture = {}): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, namespace: f.namespace ?? 'default', uid: `uid-${name}`, resourceVersion: '1', labels: f.labels ?? {},
      ...(f.deleting ? { deletionTimestamp: '2025-01-01T00:00:00Z' } : {}),
    },
    spec: {
      containers: [{ name: 'c', image: 'nginx', ...(requests ? { resources: { requests } } : {}) }],
      priority: f.priority ?? 0,
      ...(f.nodeName ? { nodeName: f.nodeName } : {}),
      ...f.spec,
    },
    status: f.status ?? { phase: 'Pending' },
  };
}

export function podInfo(name: string, requests?: Record<string, string>, f: PodFixture = {}): PodInfo {
  return newPodInfo(podObject(name, requests, f));
}

export function nodeInfo(name: string, f: NodeFixture = {}, pods: readonly PodInfo[] = []): NodeInfo {
  const info = new NodeInfo(name);
  info.setNode(nodeObject(name, f));
  for (const p of pods) info.addPod(p);
  return info;
}
