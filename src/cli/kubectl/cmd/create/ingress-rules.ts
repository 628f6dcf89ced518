// The --rule / --default-backend / --annotation syntax of `kubectl create ingress`
// (create_ingress.go): `host/path=svc:port[,tls[=secret]]`, a trailing `*` meaning pathType Prefix.

import { KubectlError } from '../../command.ts';

export const ERR_INGRESS_EMPTY = 'not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)';
export const ERR_INGRESS_RULE = (rule: string): string => `rule ${rule} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`;
export const ERR_INGRESS_ANNOTATION = (a: string): string => `annotation ${a} is invalid and should be in format key=[value]`;
export const ERR_INGRESS_BACKEND = 'default-backend should be in format servicename:serviceport';

const RULE_RE = /^([\w*\-.]*)(\/.*)=([\w-]+):([\w-]+)(,(tls)=?([\w-]+)?)?/;

export function checkIngressFlags(rules: readonly string[], annotations: readonly string[], defaultBackend: string): void {
  if (defaultBackend === '' && rules.length === 0) throw new KubectlError(ERR_INGRESS_EMPTY);
  for (const rule of rules) if (!RULE_RE.test(rule)) throw new KubectlError(ERR_INGRESS_RULE(rule));
  for (const a of annotations) if (!a.includes('=')) throw new KubectlError(ERR_INGRESS_ANNOTATION(a));
  if (defaultBackend !== '' && defaultBackend.split(':').length !== 2) throw new KubectlError(ERR_INGRESS_BACKEND);
}

function backend(service: string): object {
  const [name, port = ''] = service.split(':');
  return { service: { name, port: /^-?\d+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

function httpPath(pathAndService: string): object {
  const [rawPath = '', service = ''] = pathAndService.split('=');
  let path = `/${rawPath}`;
  let pathType = 'Exact';
  if (path.endsWith('*')) {
    pathType = 'Prefix';
    path = path.slice(0, -1);
  }
  return { backend: backend(service), path, pathType };
}

function tlsEntries(rules: readonly string[]): object[] {
  const out: Array<{ hosts?: string[]; secretName?: string }> = [];
  const seenHosts = new Set<string>();
  for (const rule of rules) {
    const parts = rule.split(',');
    if (parts.length !== 2) continue;
    const host = rule.split('/')[0]!;
    const secret = parts[1]!.split('=')[1] ?? '';
    if (seenHosts.has(host)) continue;
    seenHosts.add(host);
    const existing = out.find((t) => (t.secretName ?? '') === secret);
    if (existing) {
      existing.hosts = [...(existing.hosts ?? []), host];
      continue;
    }
    const entry = { ...(host ? { hosts: [host] } : {}), ...(secret ? { secretName: secret } : {}) };
    if (host || secret) out.push(entry);
  }
  return out;
}

function ingressRules(rules: readonly string[]): object[] {
  const out: Array<{ host?: string; http: { paths: object[] } }> = [];
  for (const rule of rules) {
    const withoutTls = rule.split(',')[0]!;
    const slash = withoutTls.indexOf('/');
    const host = withoutTls.slice(0, slash);
    const path = httpPath(withoutTls.slice(slash + 1));
    const existing = out.find((r) => (r.host ?? '') === host);
    if (existing) existing.http.paths.push(path);
    else out.push({ ...(host ? { host } : {}), http: { paths: [path] } });
  }
  return out;
}

export function buildIngressSpec(rules: readonly string[], ingressClass: string, defaultBackend: string): object {
  const tls = tlsEntries(rules);
  const built = ingressRules(rules);
  return {
    ...(defaultBackend ? { defaultBackend: backend(defaultBackend) } : {}),
    ...(ingressClass ? { ingressClassName: ingressClass } : {}),
    ...(built.length > 0 ? { rules: built } : {}),
    ...(tls.length > 0 ? { tls } : {}),
  };
}
