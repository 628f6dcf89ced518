import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { forbiddenError, forbiddenMessage, type ResourceAttributes } from './attributes.ts';
import { Authorizer } from './authorizer.ts';
import { impersonate } from './impersonation.ts';
import type { RbacSource } from './rbac.ts';
import { knownUser, type UserInfo } from './user.ts';
import { certificateSubject } from './x509.ts';
import { ADMIN_CERT_PEM } from '../../profiles/course/pki.ts';

const G = 'rbac.authorization.k8s.io';

function source(objects: Array<{ resource: string; namespace?: string; obj: Omit<KubeObject, 'apiVersion' | 'kind'> }>): RbacSource {
  const all = objects.map((o) => ({ ...o, obj: { apiVersion: `${G}/v1`, kind: 'X', ...o.obj } as KubeObject }));
  return {
    get: (_g, resource, namespace, name) => all.find((o) => o.resource === resource && o.namespace === namespace && o.obj.metadata.name === name)?.obj,
    list: (_g, resource, namespace) => all.filter((o) => o.resource === resource && (namespace === undefined || o.namespace === namespace)).map((o) => o.obj),
  };
}

const course = source([
  { resource: 'roles', namespace: 'default', obj: { metadata: { name: 'pod-reader' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'watch', 'list'] }] } },
  { resource: 'rolebindings', namespace: 'default', obj: { metadata: { name: 'read-pods' }, subjects: [{ kind: 'User', name: 'jane', apiGroup: G }], roleRef: { kind: 'Role', name: 'pod-reader', apiGroup: G } } },
  { resource: 'clusterroles', obj: { metadata: { name: 'secret-reader' }, rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'watch', 'list'] }] } },
  { resource: 'clusterroles', obj: { metadata: { name: 'logs' }, rules: [{ apiGroups: [''], resources: ['*/log'], verbs: ['get'] }, { nonResourceURLs: ['/healthz/*'], verbs: ['get'] }] } },
  { resource: 'clusterrolebindings', obj: { metadata: { name: 'read-secrets-global' }, subjects: [{ kind: 'Group', name: 'manager', apiGroup: G }], roleRef: { kind: 'ClusterRole', name: 'secret-reader', apiGroup: G } } },
  { resource: 'rolebindings', namespace: 'dev', obj: { metadata: { name: 'sa-logs' }, subjects: [{ kind: 'ServiceAccount', name: 'default' }], roleRef: { kind: 'ClusterRole', name: 'logs', apiGroup: G } } },
  { resource: 'rolebindings', namespace: 'dev', obj: { metadata: { name: 'dangling' }, subjects: [{ kind: 'User', name: 'jane' }], roleRef: { kind: 'Role', name: 'gone', apiGroup: G } } },
]);
const authorizer = new Authorizer(course, () => 'RBAC');
const jane = knownUser('jane');
const attrs = (user: UserInfo, verb: string, resource: string, namespace = 'default', name = '', subresource = ''): ResourceAttributes =>
  ({ user, verb, namespace, apiGroup: '', resource, subresource, name });

describe('RBAC authorizer', () => {
  it('allows what a RoleBinding grants, in its namespace only', () => {
    expect(authorizer.authorize(attrs(jane, 'list', 'pods')).allowed).toBe(true);
    expect(authorizer.authorize(attrs(jane, 'delete', 'pods')).allowed).toBe(false);
    expect(authorizer.authorize(attrs(jane, 'list', 'pods', 'kube-system')).allowed).toBe(false);
    expect(authorizer.authorize(attrs(jane, 'list', 'pods', '')).allowed).toBe(false);
  });

  it('allows a group bound cluster-wide, everywhere', () => {
    const dave = { name: 'dave', groups: ['manager', 'system:authenticated'] };
    expect(authorizer.authorize(attrs(dave, 'get', 'secrets', 'kube-system', 'x'))).toEqual({
      allowed: true, reason: 'RBAC: allowed by ClusterRoleBinding "read-secrets-global" of ClusterRole "secret-reader" to Group "manager"',
    });
    expect(authorizer.authorize(attrs(dave, 'list', 'secrets', '')).allowed).toBe(true);
  });

  it('matches */subresource rules, ServiceAccount subjects without a namespace, and non-resource URLs', () => {
    const sa = knownUser('system:serviceaccount:dev:default');
    expect(authorizer.authorize(attrs(sa, 'get', 'pods', 'dev', 'web', 'log')).allowed).toBe(true);
    expect(authorizer.authorize(attrs(sa, 'get', 'pods', 'dev', 'web')).allowed).toBe(false);
    expect(authorizer.authorize({ user: sa, verb: 'get', path: '/healthz/etcd' }).allowed).toBe(false);
    expect(authorizer.authorize(attrs(knownUser('system:serviceaccount:prod:default'), 'get', 'pods', 'dev', 'web', 'log')).allowed).toBe(false);
  });

  it('gives the missing role as the reason of a denial', () => {
    expect(authorizer.authorize(attrs(jane, 'list', 'pods', 'dev'))).toEqual({ allowed: false, reason: 'RBAC: role.rbac.authorization.k8s.io "gone" not found' });
  });

  it('lets system:masters do anything, and everyone anything without RBAC', () => {
    expect(authorizer.authorize(attrs(knownUser('system:admin'), 'delete', 'nodes', '', 'n1')).allowed).toBe(true);
    expect(new Authorizer(course, () => 'AlwaysAllow').authorize(attrs(jane, 'delete', 'nodes', '', 'n1')).allowed).toBe(true);
  });
});

describe('Forbidden messages', () => {
  it('names the namespace, the cluster scope or the path, and the subresource', () => {
    expect(forbiddenError(attrs(jane, 'list', 'pods'), '').message)
      .toBe('pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"');
    expect(forbiddenError({ ...attrs(jane, 'get', 'nodes', '', 'n1') }, '').message)
      .toBe('nodes "n1" is forbidden: User "jane" cannot get resource "nodes" in API group "" at the cluster scope');
    expect(forbiddenError(attrs(jane, 'get', 'pods', 'default', 'web', 'log'), '').message)
      .toBe('pods "web" is forbidden: User "jane" cannot get resource "pods/log" in API group "" in the namespace "default"');
    expect(forbiddenMessage({ user: jane, verb: 'get', path: '/metrics' })).toBe('User "jane" cannot get path "/metrics"');
  });
});

describe('impersonation', () => {
  it('needs the impersonate verb on the user', () => {
    const denied = impersonate(authorizer, jane, { user: 'bob', groups: [] });
    expect(denied).toMatchObject({ message: 'users "bob" is forbidden: User "jane" cannot impersonate resource "users" in API group "" at the cluster scope' });
  });

  it('gives an impersonated ServiceAccount its groups, anyone else system:authenticated', () => {
    const admin = knownUser('system:admin');
    expect(impersonate(authorizer, admin, { user: 'system:serviceaccount:dev:robot', groups: [] }))
      .toEqual({ name: 'system:serviceaccount:dev:robot', groups: ['system:serviceaccounts', 'system:serviceaccounts:dev', 'system:authenticated'] });
    expect(impersonate(authorizer, admin, { user: 'dave', groups: ['manager'] })).toEqual({ name: 'dave', groups: ['manager', 'system:authenticated'] });
  });
});

describe('client certificates', () => {
  it("reads kubeadm's admin certificate: CN and O", () => {
    expect(certificateSubject(ADMIN_CERT_PEM)).toEqual({ commonName: 'kubernetes-admin', organizations: ['kubeadm:cluster-admins'] });
    expect(certificateSubject('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n')).toBeUndefined();
  });
});
