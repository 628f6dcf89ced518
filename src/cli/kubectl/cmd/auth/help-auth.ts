// The --help data of `kubectl auth`, `kubectl auth can-i` and `kubectl auth whoami` as kubectl v1.31 prints it.

import { ALLOW_MISSING_TEMPLATE_KEYS_FLAG, OUTPUT_FLAG, SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAG } from '../../util/common-flags.ts';
import type { CommandHelp } from '../../util/help.ts';

export const AUTH_HELP: CommandHelp = {
  short: 'Inspect authorization',
  long: 'Inspect authorization.',
  usage: 'kubectl auth [flags] [options]',
  flags: [],
};

export const CAN_I_HELP: CommandHelp = {
  short: 'Check whether an action is allowed',
  long: `Check whether an action is allowed.

 VERB is a logical Kubernetes API verb like 'get', 'list', 'watch', 'delete', etc. TYPE is a Kubernetes resource. Shortcuts and groups will be resolved. NONRESOURCEURL is a partial URL that starts with "/". NAME is the name of a particular Kubernetes resource. This command pairs nicely with impersonation. See --as global flag.`,
  examples: `# Check to see if I can create pods in any namespace
kubectl auth can-i create pods --all-namespaces

# Check to see if I can list deployments in my current namespace
kubectl auth can-i list deployments.apps

# Check to see if service account "foo" of namespace "dev" can list pods in the namespace "prod"
# You must be allowed to use impersonation for the global option "--as"
kubectl auth can-i list pods --as=system:serviceaccount:dev:foo -n prod

# Check to see if I can do everything in my current namespace ("*" means all)
kubectl auth can-i '*' '*'

# Check to see if I can get the job named "bar" in namespace "foo"
kubectl auth can-i list jobs.batch/bar -n foo

# Check to see if I can read pod logs
kubectl auth can-i get pods --subresource=log

# Check to see if I can access the URL /logs/
kubectl auth can-i get /logs/

# Check to see if I can approve certificates.k8s.io
kubectl auth can-i approve certificates.k8s.io

# List all allowed actions in namespace "foo"
kubectl auth can-i --list --namespace=foo`,
  usage: 'kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]',
  flags: [
    { name: 'all-namespaces', shorthand: 'A', type: 'bool', default: false, usage: 'If true, check the specified action in all namespaces.' },
    { name: 'list', type: 'bool', default: false, usage: 'If true, prints all allowed actions.' },
    { name: 'no-headers', type: 'bool', default: false, usage: 'If true, prints allowed actions without headers' },
    { name: 'quiet', shorthand: 'q', type: 'bool', default: false, usage: 'If true, suppress output and just return the exit code.' },
    { name: 'subresource', type: 'string', default: '', usage: 'SubResource such as pod/log or deployment/scale' },
  ],
};

export const WHOAMI_HELP: CommandHelp = {
  short: 'Experimental: Check self subject attributes',
  long: `Experimental: Check who you are and your attributes (groups, extra).

        This command is helpful to get yourself aware of the current user attributes,
        especially when dynamic authentication, e.g., token webhook, auth proxy, or OIDC provider,
        is enabled in the Kubernetes cluster.`,
  examples: `# Get your subject attributes
kubectl auth whoami

# Get your subject attributes in JSON format
kubectl auth whoami -o json`,
  usage: 'kubectl auth whoami [options]',
  flags: [ALLOW_MISSING_TEMPLATE_KEYS_FLAG, OUTPUT_FLAG, SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAG],
};
