// The --help data of `kubectl rollout pause|resume|restart` as kubectl v1.31 prints them.

import type { FlagSpec } from '../../flags.ts';
import type { CommandHelp } from '../../util/help.ts';
import { ALLOW_MISSING_TEMPLATE_KEYS_FLAG, KUSTOMIZE_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAG } from '../../util/common-flags.ts';
import { FILENAME_FLAG } from '../set/help.ts';

const ROLLOUT_FIELD_MANAGER_FLAG: FlagSpec = { name: 'field-manager', type: 'string', default: 'kubectl-rollout', usage: 'Name of the manager used to track field ownership.' };
/** pause, resume and restart patch the object and can print it. */
const PATCHING_FLAGS: readonly FlagSpec[] = [
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  ROLLOUT_FIELD_MANAGER_FLAG,
  FILENAME_FLAG,
  KUSTOMIZE_FLAG,
  OUTPUT_FLAG,
  RECURSIVE_FLAG,
  SELECTOR_FLAG,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
];

export const ROLLOUT_PAUSE_HELP: CommandHelp = {
  short: 'Mark the provided resource as paused',
  long: `Mark the provided resource as paused.

 Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource. Currently only deployments support being paused.`,
  examples: `# Mark the nginx deployment as paused
# Any current state of the deployment will continue its function; new updates
# to the deployment will not have an effect as long as the deployment is paused
kubectl rollout pause deployment/nginx`,
  usage: 'kubectl rollout pause RESOURCE [options]',
  flags: PATCHING_FLAGS,
};

export const ROLLOUT_RESUME_HELP: CommandHelp = {
  short: 'Resume a paused resource',
  long: `Resume a paused resource.

 Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.`,
  examples: `# Resume an already paused deployment
kubectl rollout resume deployment/nginx`,
  usage: 'kubectl rollout resume RESOURCE [options]',
  flags: PATCHING_FLAGS,
};

export const ROLLOUT_RESTART_HELP: CommandHelp = {
  short: 'Restart a resource',
  long: `Restart a resource.

        Resource rollout will be restarted.`,
  examples: `# Restart all deployments in the test-namespace namespace
kubectl rollout restart deployment -n test-namespace

# Restart a deployment
kubectl rollout restart deployment/nginx

# Restart a daemon set
kubectl rollout restart daemonset/abc

# Restart deployments with the app=nginx label
kubectl rollout restart deployment --selector=app=nginx`,
  usage: 'kubectl rollout restart RESOURCE [options]',
  flags: PATCHING_FLAGS,
};

