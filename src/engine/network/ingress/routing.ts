// Which Ingresses an ingress-nginx controller serves and where a request goes: the class check
// (store.GetIngressClass), the nginx servers by host (exact, then `*.` wildcard, else the default
// server `_`), and the locations ingress-nginx writes for each path type, regex and rewrite included.

import type { HTTPIngressPath, Ingress, IngressBackend, IngressClass } from 'kubernetes-types/networking/v1';
import type { KubeObject } from '../../api/types.ts';
import { parseTime } from '../../base/time.ts';

/** `--controller-class` and `--ingress-class` as the published manifests set them. */
export const CONTROLLER_CLASS = 'k8s.io/ingress-nginx';
export const CLASS_ANNOTATION_VALUE = 'nginx';
const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
export const REWRITE_TARGET = 'nginx.ingress.kubernetes.io/rewrite-target';
const USE_REGEX = 'nginx.ingress.kubernetes.io/use-regex';
const SSL_REDIRECT = 'nginx.ingress.kubernetes.io/ssl-redirect';

/** The class an Ingress resolves to for this controller, or why it is ignored (the controller's own words). */
export function ingressClassOf(ing: KubeObject, classes: readonly KubeObject[]): { readonly class: string } | { readonly error: string } {
  const spec = (ing as unknown as Ingress).spec ?? {};
  if (spec.ingressClassName) {
    const ic = classes.find((c) => c.metadata.name === spec.ingressClassName && (c as unknown as IngressClass).spec?.controller === CONTROLLER_CLASS);
    return ic ? { class: ic.metadata.name! } : { error: `no object matching key "${spec.ingressClassName}" in local store` };
  }
  const annotation = ing.metadata.annotations?.[CLASS_ANNOTATION];
  if (annotation !== undefined) {
    return annotation === CLASS_ANNOTATION_VALUE ? { class: annotation } : { error: 'ingress class annotation is not equal to the expected by Ingress Controller' };
  }
  return { error: 'ingress does not contain a valid IngressClass' };
}

/** The Ingresses the controller serves, oldest first (sortIngressSlice). */
export function servedIngresses(ingresses: readonly KubeObject[], classes: readonly KubeObject[]): KubeObject[] {
  const key = (i: KubeObject): string => `${i.metadata.namespace}/${i.metadata.name}`;
  return ingresses
    .filter((i) => !i.metadata.deletionTimestamp && 'class' in ingressClassOf(i, classes))
    .sort((a, b) => {
      const ta = parseTime(a.metadata.creationTimestamp) ?? 0;
      const tb = parseTime(b.metadata.creationTimestamp) ?? 0;
      return ta !== tb ? ta - tb : key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0;
    });
}

/** Where a request lands: one Ingress path (or default backend), the URI to send upstream, TLS facts. */
export interface Match {
  readonly ingress: KubeObject | undefined;
  readonly backend: IngressBackend | undefined;
  /** The URI (path and query) sent upstream, after rewrite-target. */
  readonly uri: string;
  /** The host has a TLS section: plain HTTP is redirected, HTTPS gets HSTS. */
  readonly tlsHost: boolean;
  readonly sslRedirect: boolean;
  /** The TLS Secret (`namespace/name`) for the host, when one is named. */
  readonly secret: string | undefined;
}

interface Location {
  readonly ingress: KubeObject;
  readonly path: string;
  readonly pathType: string;
  readonly backend: IngressBackend;
}

const specOf = (i: KubeObject): NonNullable<Ingress['spec']> => (i as unknown as Ingress).spec ?? {};

function hostMatches(ruleHost: string, host: string): boolean {
  if (!ruleHost.startsWith('*.')) return ruleHost === host;
  const rest = host.slice(host.indexOf('.') + 1);
  return host.includes('.') && rest === ruleHost.slice(2);
}

/** The server (exact host first, then a wildcard, else `_`) and its locations, first Ingress first. */
function serverFor(host: string, served: readonly KubeObject[]): { name: string; locations: Location[] } {
  const hosts = served.flatMap((i) => (specOf(i).rules ?? []).map((r) => r.host ?? ''));
  const name = hosts.includes(host) ? host : hosts.find((h) => h.startsWith('*.') && hostMatches(h, host)) ?? '_';
  const locations: Location[] = [];
  for (const ing of served) {
    for (const rule of specOf(ing).rules ?? []) {
      if ((rule.host ?? '') !== (name === '_' ? '' : name)) continue;
      for (const p of rule.http?.paths ?? []) {
        const loc = locationOf(ing, p);
        if (!locations.some((l) => l.path === loc.path && l.pathType === loc.pathType)) locations.push(loc);
      }
    }
  }
  return { name, locations };
}

function locationOf(ingress: KubeObject, p: HTTPIngressPath): Location {
  return { ingress, path: p.path || '/', pathType: p.pathType ?? 'ImplementationSpecific', backend: p.backend };
}

const usesRegex = (ing: KubeObject): boolean =>
  ing.metadata.annotations?.[USE_REGEX] === 'true' || ing.metadata.annotations?.[REWRITE_TARGET] !== undefined;

/** nginx's choice among the locations: `=` first, then regexes in config order (longest path first), else the longest prefix. */
function pick(locations: readonly Location[], path: string, regex: boolean): Location | undefined {
  const exact = locations.find((l) => l.pathType === 'Exact' && l.path === path);
  if (exact) return exact;
  if (regex) {
    const ordered = [...locations].filter((l) => l.pathType !== 'Exact').sort((a, b) => b.path.length - a.path.length);
    return ordered.find((loc) => safeRegex(`^${loc.path}`)?.test(path));
  }
  let best: Location | undefined;
  for (const loc of locations) {
    if (loc.pathType === 'Exact' || !prefixMatches(loc, path)) continue;
    if (!best || loc.path.length > best.path.length) best = loc;
  }
  return best;
}

/** Prefix matches whole path elements (`/foo` is `= /foo` plus `/foo/`); ImplementationSpecific is nginx's plain prefix. */
function prefixMatches(loc: Location, path: string): boolean {
  if (loc.pathType !== 'Prefix' || loc.path.endsWith('/')) return path.startsWith(loc.path);
  return path === loc.path || path.startsWith(`${loc.path}/`);
}

function safeRegex(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'i');
  } catch {
    return undefined;
  }
}

/** nginx's `rewrite "(?i)<path>" <target> break;`: the whole URI becomes the target, `$n` from the captures, the query kept. */
function rewrite(target: string, path: string, query: string, locPath: string): string {
  const m = safeRegex(locPath)?.exec(path);
  const captures = m ? m.slice(1).map((c) => c ?? '') : [];
  const uri = target.replace(/\$(\d)/g, (_, n: string) => captures[Number(n) - 1] ?? '');
  return query ? `${uri}${uri.includes('?') ? '&' : '?'}${query}` : uri;
}

/** Where `host` + `target` (path and query) goes among the served Ingresses. */
export function matchRequest(served: readonly KubeObject[], host: string, target: string): Match {
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? '' : target.slice(q + 1);
  const server = serverFor(host, served);
  const tls = served.flatMap((i) => (specOf(i).tls ?? []).map((t) => ({ ing: i, t })))
    .find(({ t }) => (t.hosts ?? []).some((h) => hostMatches(h, host)));
  const regex = server.locations.some((l) => usesRegex(l.ingress));
  const chosen = pick(server.locations, path, regex);
  const owner = chosen?.ingress ?? tls?.ing;
  const base = {
    tlsHost: !!tls,
    sslRedirect: owner?.metadata.annotations?.[SSL_REDIRECT] !== 'false',
    secret: tls?.t.secretName ? `${tls.ing.metadata.namespace}/${tls.t.secretName}` : undefined,
  };
  if (!chosen) {
    const fallback = server.name === '_' ? served.find((i) => specOf(i).defaultBackend) : undefined;
    return { ...base, ingress: fallback, backend: fallback ? specOf(fallback).defaultBackend : undefined, uri: target };
  }
  const rewriteTarget = chosen.ingress.metadata.annotations?.[REWRITE_TARGET];
  const uri = rewriteTarget === undefined ? target : rewrite(rewriteTarget, path, query, chosen.path);
  return { ...base, ingress: chosen.ingress, backend: chosen.backend, uri };
}
