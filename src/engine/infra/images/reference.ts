// Image references as containerd and the kubelet read them: the distribution/reference grammar,
// Docker Hub normalisation (`nginx` → `docker.io/library/nginx:latest`), familiar names, and the
// kubelet's InvalidImageName message. Mirrors distribution/reference normalize.go + reference.go.

import { goQuote } from '../../base/go-quote.ts';

export const DOCKER_HUB = 'docker.io';
const LEGACY_DOCKER_HUB = 'index.docker.io';
const OFFICIAL_PREFIX = 'library/';
const DEFAULT_TAG = 'latest';
const NAME_MAX = 255;

const ALPHANUMERIC = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN_AND_PORT = `${HOST}(?::[0-9]+)?`;
const TAG = '\\w[\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';

const REFERENCE_RE = new RegExp(`^((?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const NAME_RE = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`);
const IDENTIFIER_RE = /^[a-f0-9]{64}$/;

/** The distribution/reference error texts. */
const REFERENCE_ERRORS = {
  invalidFormat: 'invalid reference format',
  nameUppercase: 'repository name must be lowercase',
  nameTooLong: `repository name must not be more than ${NAME_MAX} characters`,
  unsupportedDigest: 'unsupported digest algorithm',
  digestLength: 'invalid checksum digest length',
  digestFormat: 'invalid checksum digest format',
} as const;

const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/** A parsed, normalised reference. */
export interface ImageReference {
  /** `docker.io`, `registry.k8s.io`, `localhost:5000`. */
  readonly domain: string;
  /** `library/nginx`, `bitnami/kubectl`, `pause`. */
  readonly path: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
}

export type ParseResult = { readonly ok: true; readonly ref: ImageReference } | { readonly ok: false; readonly error: string };

/** ParseNormalizedNamed: a familiar or fully qualified reference, Docker Hub filled in. */
export function parseReference(s: string): ParseResult {
  if (IDENTIFIER_RE.test(s)) {
    return { ok: false, error: `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings` };
  }
  const [domain, remainder] = splitDockerDomain(s);
  const colon = remainder.indexOf(':');
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) {
    return { ok: false, error: `${REFERENCE_ERRORS.invalidFormat}: repository name (${remote}) must be lowercase` };
  }
  return parseQualified(`${domain}/${remainder}`);
}

function parseQualified(s: string): ParseResult {
  const m = REFERENCE_RE.exec(s);
  if (!m) {
    const lower = s.toLowerCase();
    const uppercase = lower !== s && REFERENCE_RE.test(lower);
    return { ok: false, error: uppercase ? REFERENCE_ERRORS.nameUppercase : REFERENCE_ERRORS.invalidFormat };
  }
  const name = NAME_RE.exec(m[1]!)!;
  const path = name[2]!;
  if (path.length > NAME_MAX) return { ok: false, error: REFERENCE_ERRORS.nameTooLong };
  const digest = m[3];
  if (digest !== undefined) {
    const problem = digestProblem(digest);
    if (problem) return { ok: false, error: problem };
  }
  return { ok: true, ref: { domain: name[1] ?? '', path, tag: m[2], digest } };
}

/** go-digest's Validate: a known algorithm and a hex string of its exact length. */
function digestProblem(digest: string): string | undefined {
  const [algorithm, hex] = digest.split(':') as [string, string];
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (length === undefined) return REFERENCE_ERRORS.unsupportedDigest;
  if (hex.length !== length) return REFERENCE_ERRORS.digestLength;
  return /^[a-f0-9]+$/.test(hex) ? undefined : REFERENCE_ERRORS.digestFormat;
}

/** A first component is a registry host when it has a dot or a port, is localhost, or is not lowercase. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash < 0) return [DOCKER_HUB, OFFICIAL_PREFIX + name];
  const first = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let domain = DOCKER_HUB;
  let remote = name;
  if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first === LEGACY_DOCKER_HUB ? DOCKER_HUB : first;
    remote = rest;
  }
  if (domain === DOCKER_HUB && !remote.includes('/')) remote = OFFICIAL_PREFIX + remote;
  return [domain, remote];
}

/** `docker.io/library/nginx`. */
export function repositoryName(ref: ImageReference): string {
  return `${ref.domain}/${ref.path}`;
}

/** ParseDockerRef's string: a digest wins over a tag; no tag means `latest`. */
export function normalizedReference(ref: ImageReference): string {
  if (ref.digest) return `${repositoryName(ref)}@${ref.digest}`;
  return `${repositoryName(ref)}:${ref.tag ?? DEFAULT_TAG}`;
}

/** The name Docker's UI shows: Docker Hub and its `library/` dropped (`nginx:1.27`, `bitnami/kubectl`). */
export function familiarName(ref: ImageReference): string {
  let name = repositoryName(ref);
  if (ref.domain === DOCKER_HUB) {
    name = ref.path;
    const official = name.slice(OFFICIAL_PREFIX.length);
    if (name.startsWith(OFFICIAL_PREFIX) && !official.includes('/')) name = official;
  }
  return name + (ref.tag ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '');
}

/**
 * The kubelet's InvalidImageName message (applyDefaultImageTag) for a reference it cannot parse,
 * undefined when the reference is valid.
 */
export function invalidImageMessage(image: string): string | undefined {
  const parsed = parseReference(image);
  if (parsed.ok) return undefined;
  const quoted = goQuote(image);
  return `Failed to apply default image tag ${quoted}: couldn't parse image reference ${quoted}: ${parsed.error}`;
}
