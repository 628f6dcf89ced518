// Container image references: the tag that decides the default imagePullPolicy.
// Mirrors pkg/util/parsers.ParseImageName over distribution/reference: an unparseable reference
// has no tag (→ IfNotPresent); no tag and no digest means `latest` (→ Always).

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::(${TAG}))?(?:@(${DIGEST}))?$`);

export const PullPolicy = { Always: 'Always', IfNotPresent: 'IfNotPresent', Never: 'Never' } as const;
export type PullPolicy = (typeof PullPolicy)[keyof typeof PullPolicy];

/** The tag ParseImageName reports: `latest` when neither tag nor digest is given, '' when unparseable. */
export function imageTag(image: string): string {
  const m = REFERENCE.exec(image);
  if (!m) return '';
  const [, tag, digest] = m;
  if (tag) return tag;
  return digest ? '' : 'latest';
}

/** SetDefaults_Container: Always for `:latest` (or no tag), IfNotPresent otherwise. */
export function defaultPullPolicy(image: string | undefined): PullPolicy {
  return imageTag(image ?? '') === 'latest' ? PullPolicy.Always : PullPolicy.IfNotPresent;
}
