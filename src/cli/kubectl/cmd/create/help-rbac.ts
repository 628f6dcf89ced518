// The --help data of `kubectl create role`, `kubectl create clusterrole`, `kubectl create rolebinding`, `kubectl create clusterrolebinding` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';
import { GENERATOR_FLAGS } from '../../util/common-flags.ts';

export const CREATE_ROLE_HELP: CommandHelp = {
  short: 'Create a role with single rule',
  long: `Create a role with single rule.`,
  examples: `# Create a role named "pod-reader" that allows user to perform "get", "watch" and "list" on pods
kubectl create role pod-reader --verb=get --verb=list --verb=watch --resource=pods

# Create a role named "pod-reader" with ResourceName specified
kubectl create role pod-reader --verb=get --resource=pods --resource-name=readablepod --resource-name=anotherpod

# Create a role named "foo" with API Group specified
kubectl create role foo --verb=get,list,watch --resource=rs.apps

# Create a role named "foo" with SubResource specified
kubectl create role foo --verb=get,list,watch --resource=pods,pods/status`,
  usage: 'kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'resource', type: 'stringSlice', default: '', usage: 'Resource that the rule applies to' },
    { name: 'resource-name', type: 'stringArray', default: '', usage: 'Resource in the white list that the rule applies to, repeat this flag for multiple items' },
    { name: 'verb', type: 'stringSlice', default: '', usage: 'Verb that applies to the resources contained in the rule' },
  ],
};

export const CREATE_CLUSTERROLE_HELP: CommandHelp = {
  short: 'Create a cluster role',
  long: `Create a cluster role.`,
  examples: `# Create a cluster role named "pod-reader" that allows user to perform "get", "watch" and "list" on pods
kubectl create clusterrole pod-reader --verb=get,list,watch --resource=pods

# Create a cluster role named "pod-reader" with ResourceName specified
kubectl create clusterrole pod-reader --verb=get --resource=pods --resource-name=readablepod --resource-name=anotherpod

# Create a cluster role named "foo" with API Group specified
kubectl create clusterrole foo --verb=get,list,watch --resource=rs.apps

# Create a cluster role named "foo" with SubResource specified
kubectl create clusterrole foo --verb=get,list,watch --resource=pods,pods/status

# Create a cluster role name "foo" with NonResourceURL specified
kubectl create clusterrole "foo" --verb=get --non-resource-url=/logs/*

# Create a cluster role name "monitoring" with AggregationRule specified
kubectl create clusterrole monitoring --aggregation-rule="rbac.example.com/aggregate-to-monitoring=true"`,
  usage: 'kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'aggregation-rule', type: 'duration', default: '', usage: 'An aggregation label selector for combining ClusterRoles.' },
    { name: 'non-resource-url', type: 'stringSlice', default: '', usage: 'A partial url that user should have access to.' },
    { name: 'resource', type: 'stringSlice', default: '', usage: 'Resource that the rule applies to' },
    { name: 'resource-name', type: 'stringArray', default: '', usage: 'Resource in the white list that the rule applies to, repeat this flag for multiple items' },
    { name: 'verb', type: 'stringSlice', default: '', usage: 'Verb that applies to the resources contained in the rule' },
  ],
};

export const CREATE_ROLEBINDING_HELP: CommandHelp = {
  short: 'Create a role binding for a particular role or cluster role',
  long: `Create a role binding for a particular role or cluster role.`,
  examples: `# Create a role binding for user1, user2, and group1 using the admin cluster role
kubectl create rolebinding admin --clusterrole=admin --user=user1 --user=user2 --group=group1

# Create a role binding for service account monitoring:sa-dev using the admin role
kubectl create rolebinding admin-binding --role=admin --serviceaccount=monitoring:sa-dev`,
  usage: 'kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'clusterrole', type: 'string', default: '', usage: 'ClusterRole this RoleBinding should reference' },
    { name: 'group', type: 'stringArray', default: '', usage: 'Groups to bind to the role. The flag can be repeated to add multiple groups.' },
    { name: 'role', type: 'string', default: '', usage: 'Role this RoleBinding should reference' },
    { name: 'serviceaccount', type: 'stringArray', default: '', usage: 'Service accounts to bind to the role, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts.' },
    { name: 'user', type: 'stringArray', default: '', usage: 'Usernames to bind to the role. The flag can be repeated to add multiple users.' },
  ],
};

export const CREATE_CLUSTERROLEBINDING_HELP: CommandHelp = {
  short: 'Create a cluster role binding for a particular cluster role',
  long: `Create a cluster role binding for a particular cluster role.`,
  examples: `# Create a cluster role binding for user1, user2, and group1 using the cluster-admin cluster role
kubectl create clusterrolebinding cluster-admin --clusterrole=cluster-admin --user=user1 --user=user2 --group=group1`,
  usage: 'kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'clusterrole', type: 'string', default: '', usage: 'ClusterRole this ClusterRoleBinding should reference' },
    { name: 'group', type: 'stringArray', default: '', usage: 'Groups to bind to the clusterrole. The flag can be repeated to add multiple groups.' },
    { name: 'serviceaccount', type: 'stringArray', default: '', usage: 'Service accounts to bind to the clusterrole, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts.' },
    { name: 'user', type: 'stringArray', default: '', usage: 'Usernames to bind to the clusterrole. The flag can be repeated to add multiple users.' },
  ],
};
