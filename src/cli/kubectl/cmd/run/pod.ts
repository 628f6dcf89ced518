// The objects `kubectl run` generates (run.go createPod / createService): a one-container Pod named
// after NAME, labelled run=NAME unless --labels, and for --expose a ClusterIP Service selecting it.
// Also kubectl's parsers for --labels, --env and --annotations and the image reference check.

import { isEnvVarName, type KubeObject } from '../../../../engine/index.ts';
import { KubectlError } from '../../command.ts';

export const ERR_LABEL_SPEC = (spec: string): string => `unexpected label spec: ${spec}`;
export const ERR_EMPTY_LABEL_KEY = 'unexpected empty label key';
export const ERR_ENV = (env: string): string => `invalid env: ${env}`;
export const ERR_ANNOTATIONS = (pair: string): string => `invalid annotations format: ${pair}`;
export const ERR_PORT_NUMBER = (port: string): string => `strconv.Atoi: parsing "${port}": invalid syntax`;
export const ERR_IMAGE = (image: string): string => `Invalid image name "${image}": invalid reference format`;

/** distribution/reference's ReferenceRegexp: [domain/]path[:tag][@digest]. */
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?';
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}';
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);

export function isValidImageReference(image: string): boolean {
  return REFERENCE.test(image);
}

/** `a=b,c=d` → {a: b, c: d}; kubectl splits on every `=`, so a value may not contain one. */
export function parseLabels(spec: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const item of spec.split(',')) {
    const parts = item.split('=');
    if (parts.length !== 2) throw new KubectlError(ERR_LABEL_SPEC(item));
    if (parts[0] === '') throw new KubectlError(ERR_EMPTY_LABEL_KEY);
    labels[parts[0]!] = parts[1]!;
  }
  return labels;
}

export function parseEnvs(envs: readonly string[]): Array<{ name: string; value: string }> {
  return envs.map((env) => {
    const eq = env.indexOf('=');
    const name = eq < 0 ? '' : env.slice(0, eq);
    if (name === '' || isEnvVarName(name).length > 0) throw new KubectlError(ERR_ENV(env));
    return { name, value: env.slice(eq + 1) };
  });
}

/** cmdutil.ParsePairs without removal: `key=value` each. */
export function parseAnnotations(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new KubectlError(ERR_ANNOTATIONS(pair));
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

export function parsePort(port: string): number {
  if (!/^[+-]?\d+$/.test(port)) throw new KubectlError(ERR_PORT_NUMBER(port));
  return Number(port);
}

export interface PodSpecInput {
  readonly name: string;
  readonly image: string;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
  readonly env: ReadonlyArray<{ name: string; value: string }>;
  /** Arguments after `--`; with --command they replace the entrypoint. */
  readonly args: readonly string[];
  readonly command: boolean;
  readonly port?: number;
  readonly imagePullPolicy: string;
  readonly restartPolicy: string;
  readonly stdin: boolean;
  readonly stdinOnce: boolean;
  readonly tty: boolean;
  readonly privileged: boolean;
}

/** The Pod exactly as kubectl serialises it (empty fields omitted, `creationTimestamp: null`). */
export function buildPod(p: PodSpecInput): KubeObject {
  const container: Record<string, unknown> = {
    ...(p.args.length > 0 ? { [p.command ? 'command' : 'args']: [...p.args] } : {}),
    ...(p.env.length > 0 ? { env: p.env.map((e) => ({ ...e })) } : {}),
    image: p.image,
    ...(p.imagePullPolicy ? { imagePullPolicy: p.imagePullPolicy } : {}),
    name: p.name,
    ...(p.port !== undefined ? { ports: [{ containerPort: p.port }] } : {}),
    resources: {},
    ...(p.privileged ? { securityContext: { privileged: true } } : {}),
    ...(p.stdin ? { stdin: true } : {}),
    ...(p.stdinOnce ? { stdinOnce: true } : {}),
    ...(p.tty ? { tty: true } : {}),
  };
  const metadata = {
    ...(Object.keys(p.annotations).length > 0 ? { annotations: { ...p.annotations } } : {}),
    creationTimestamp: null as unknown as string,
    labels: { ...p.labels },
    name: p.name,
  };
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: p.restartPolicy }, status: {} };
}

/** --expose: a Service on --port selecting the pod's labels; it carries only labels the user gave. */
export function buildService(name: string, port: number, selector: Record<string, string>, userLabels: Record<string, string> | undefined): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Service',
    metadata: { creationTimestamp: null as unknown as string, ...(userLabels ? { labels: { ...userLabels } } : {}), name },
    spec: { ports: [{ port, protocol: 'TCP', targetPort: port }], selector: { ...selector } },
    status: { loadBalancer: {} },
  };
}
