// Pod spec defaulting shared by Pods and every pod template (Deployments, Jobs, …).
// Mirrors pkg/apis/core/v1/defaults.go (SetDefaults_PodSpec, _Container, _Probe, _Volume, …) and
// the declarative +default markers of k8s.io/api/core/v1; SetDefaults_Pod (pod-only) is separate.

import type { Container, HTTPGetAction, PodSpec, Probe } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types.ts';
import { asDict, canonicalizeResourceList, defaultTemplateMeta } from '../common/objects.ts';
import { defaultResourceFieldRef, defaultVolumes } from './volume-defaults.ts';
import { defaultPullPolicy } from './image.ts';

export const TERMINATION_MESSAGE_PATH = '/dev/termination-log';
export const DEFAULT_SCHEDULER = 'default-scheduler';
export const DEFAULT_GRACE_SECONDS = 30;

/** SetDefaults_PodSpec and everything nested in a pod spec. */
export function defaultPodSpec(obj: KubeObject, spec: PodSpec): void {
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  if (!spec.securityContext) spec.securityContext = {};
  if (spec.terminationGracePeriodSeconds === undefined || spec.terminationGracePeriodSeconds === null) {
    spec.terminationGracePeriodSeconds = DEFAULT_GRACE_SECONDS;
  }
  if (!spec.schedulerName) spec.schedulerName = DEFAULT_SCHEDULER;
  syncServiceAccount(spec);
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? []), ...(spec.ephemeralContainers ?? [])]) {
    defaultContainer(obj, c as Container);
  }
  defaultVolumes(obj, spec.volumes ?? []);
  canonicalizeResourceList(obj, spec.overhead);
}

/** The v1 ⇄ internal conversion keeps the deprecated `serviceAccount` equal to `serviceAccountName`. */
function syncServiceAccount(spec: PodSpec): void {
  if (!spec.serviceAccountName && spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  if (spec.serviceAccountName) spec.serviceAccount = spec.serviceAccountName;
  else delete spec.serviceAccount;
}

function defaultContainer(obj: KubeObject, c: Container): void {
  if (!c.imagePullPolicy) c.imagePullPolicy = defaultPullPolicy(c.image);
  if (!c.terminationMessagePath) c.terminationMessagePath = TERMINATION_MESSAGE_PATH;
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
  if (!c.resources) c.resources = {};
  canonicalizeResourceList(obj, c.resources.limits);
  canonicalizeResourceList(obj, c.resources.requests);
  for (const p of c.ports ?? []) if (!p.protocol) p.protocol = 'TCP';
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) if (probe) defaultProbe(probe);
  for (const handler of [c.lifecycle?.postStart, c.lifecycle?.preStop]) if (handler?.httpGet) defaultHttpGet(handler.httpGet);
  for (const env of c.env ?? []) {
    const from = env.valueFrom;
    if (from?.fieldRef && !from.fieldRef.apiVersion) from.fieldRef.apiVersion = 'v1';
    if (from?.resourceFieldRef) defaultResourceFieldRef(obj, from.resourceFieldRef);
  }
}

function defaultProbe(probe: Probe): void {
  if (!probe.timeoutSeconds) probe.timeoutSeconds = 1;
  if (!probe.periodSeconds) probe.periodSeconds = 10;
  if (!probe.successThreshold) probe.successThreshold = 1;
  if (!probe.failureThreshold) probe.failureThreshold = 3;
  if (probe.httpGet) defaultHttpGet(probe.httpGet);
  if (probe.grpc && (probe.grpc.service === undefined || probe.grpc.service === null)) probe.grpc.service = '';
}

function defaultHttpGet(get: HTTPGetAction): void {
  if (!get.path) get.path = '/';
  if (!get.scheme) get.scheme = 'HTTP';
}

/** SetDefaults_Pod: only for Pods, never for templates. */
export function defaultPodOnly(spec: PodSpec): void {
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const limits = c.resources?.limits;
    if (!limits || !c.resources) continue;
    const requests = (c.resources.requests ??= {});
    for (const [k, v] of Object.entries(limits)) if (!(k in requests)) requests[k] = v;
  }
  if (spec.enableServiceLinks === undefined || spec.enableServiceLinks === null) spec.enableServiceLinks = true;
  if (spec.hostNetwork) {
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const p of c.ports ?? []) if (!p.hostPort) p.hostPort = p.containerPort;
    }
  }
}

/** A PodTemplateSpec: `metadata.creationTimestamp: null` plus the pod spec defaults. */
export function defaultPodTemplate(obj: KubeObject, template: unknown): void {
  const t = asDict(template);
  if (!t) return;
  defaultTemplateMeta(t);
  if (!asDict(t.spec)) t.spec = {};
  defaultPodSpec(obj, t.spec as PodSpec);
}
