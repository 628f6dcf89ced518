// Commands that change the cluster (create, apply, delete, patch, label, annotate, scale, replace,
// run, expose, taint, set, rollout) or the kubeconfig (config), and the discovery commands (api-resources, api-versions,
// explain, version, cluster-info).

import type { KubectlCommand } from '../command.ts';
import { ANNOTATE_COMMAND } from './annotate/annotate.ts';
import { API_RESOURCES_COMMAND } from './api-resources/api-resources.ts';
import { API_VERSIONS_COMMAND } from './api-versions/api-versions.ts';
import { APPLY_COMMAND } from './apply/apply.ts';
import { CLUSTER_INFO_COMMAND } from './cluster-info/cluster-info.ts';
import { CONFIG_COMMAND } from './config/config.ts';
import { CREATE_COMMAND } from './create/create.ts';
import { DELETE_COMMAND } from './delete/delete.ts';
import { EXPLAIN_COMMAND } from './explain/explain.ts';
import { EXPOSE_COMMAND } from './expose/expose.ts';
import { LABEL_COMMAND } from './label/label.ts';
import { PATCH_COMMAND } from './patch/patch.ts';
import { REPLACE_COMMAND } from './replace/replace.ts';
import { ROLLOUT_COMMAND } from './rollout/rollout.ts';
import { RUN_COMMAND } from './run/run.ts';
import { SCALE_COMMAND } from './scale/scale.ts';
import { SET_COMMAND } from './set/set.ts';
import { TAINT_COMMAND } from './taint/taint.ts';
import { VERSION_COMMAND } from './version/version.ts';

export const WRITE_COMMANDS: readonly KubectlCommand[] = [
  CREATE_COMMAND, APPLY_COMMAND, DELETE_COMMAND, PATCH_COMMAND, LABEL_COMMAND, ANNOTATE_COMMAND, SCALE_COMMAND,
  REPLACE_COMMAND, RUN_COMMAND, EXPOSE_COMMAND, TAINT_COMMAND, CONFIG_COMMAND, SET_COMMAND, ROLLOUT_COMMAND,
  API_RESOURCES_COMMAND, API_VERSIONS_COMMAND, EXPLAIN_COMMAND, VERSION_COMMAND, CLUSTER_INFO_COMMAND,
];
