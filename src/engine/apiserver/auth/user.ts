// Who a request comes from: the authenticated (or impersonated) user, as k8s.io/apiserver
// pkg/authentication/user.Info, with the well-known names and the ServiceAccount user mapping.

export interface UserInfo {
  readonly name: string;
  readonly uid?: string;
  readonly groups: readonly string[];
  readonly extra?: Readonly<Record<string, readonly string[]>>;
}

export const ALL_AUTHENTICATED = 'system:authenticated';
export const ALL_UNAUTHENTICATED = 'system:unauthenticated';
/** The group the API server lets do everything before asking RBAC (the privileged-groups authorizer). */
export const SYSTEM_MASTERS = 'system:masters';
export const ANONYMOUS = 'system:anonymous';
export const ANONYMOUS_USER: UserInfo = { name: ANONYMOUS, groups: [ALL_UNAUTHENTICATED] };

const SA_PREFIX = 'system:serviceaccount:';
const SA_GROUP = 'system:serviceaccounts';

/** `system:serviceaccount:<ns>:<name>` → its namespace and name. */
export function parseServiceAccountUser(username: string): { namespace: string; name: string } | undefined {
  if (!username.startsWith(SA_PREFIX)) return undefined;
  const parts = username.slice(SA_PREFIX.length).split(':');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return undefined;
  return { namespace: parts[0]!, name: parts[1]! };
}

export function serviceAccountUsername(namespace: string, name: string): string {
  return `${SA_PREFIX}${namespace}:${name}`;
}

/** The groups every ServiceAccount of `namespace` is in. */
export function serviceAccountGroups(namespace: string): string[] {
  return [SA_GROUP, `${SA_GROUP}:${namespace}`];
}

/** The identity of a token for ServiceAccount namespace/name (the authenticator adds system:authenticated). */
export function serviceAccountUser(namespace: string, name: string, uid: string): UserInfo {
  return { name: serviceAccountUsername(namespace, name), uid, groups: [...serviceAccountGroups(namespace), ALL_AUTHENTICATED] };
}

/** What every authenticated request gets: `system:authenticated` appended unless already there. */
export function withAuthenticated(user: UserInfo): UserInfo {
  return user.groups.includes(ALL_AUTHENTICATED) ? user : { ...user, groups: [...user.groups, ALL_AUTHENTICATED] };
}

/** kubeadm's admin.conf user (its certificate's O is kubeadm:cluster-admins since v1.29). */
const KUBEADM_ADMIN = 'kubernetes-admin';
const KUBEADM_CLUSTER_ADMINS = 'kubeadm:cluster-admins';
/** The identity in-process callers act as: the API server's loopback client. */
export const LOOPBACK_ADMIN = 'system:admin';

/**
 * The identity of a trusted caller named by user name only (tests, the host's views, the profile's
 * boot): kubeadm's admin has its certificate's groups, system:admin is in system:masters, a
 * ServiceAccount has its groups, anyone else is just authenticated.
 */
export function knownUser(name: string): UserInfo {
  if (name === KUBEADM_ADMIN) return { name, groups: [KUBEADM_CLUSTER_ADMINS, ALL_AUTHENTICATED] };
  if (name === LOOPBACK_ADMIN) return { name, groups: [SYSTEM_MASTERS, ALL_AUTHENTICATED] };
  if (name === ANONYMOUS) return ANONYMOUS_USER;
  const sa = parseServiceAccountUser(name);
  return { name, groups: [...(sa ? serviceAccountGroups(sa.namespace) : []), ALL_AUTHENTICATED] };
}
