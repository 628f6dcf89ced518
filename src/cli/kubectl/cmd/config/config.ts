// `kubectl config` (pkg/cmd/config/config.go): the subcommands that read and edit the kubeconfig
// file in the student's files (--kubeconfig, $KUBECONFIG or ~/.kube/config).

import type { KubectlCommand } from '../../command.ts';
import { groupCommand } from '../../util/group-command.ts';
import { CONTEXT_COMMANDS } from './contexts.ts';
import { ENTRY_COMMANDS } from './entries.ts';
import { GET_COMMANDS } from './get.ts';
import { CONFIG_HELP } from './help.ts';
import { SET_COMMAND, UNSET_COMMAND } from './properties.ts';
import { VIEW_COMMAND } from './view.ts';

const SUBCOMMANDS: readonly KubectlCommand[] = [...CONTEXT_COMMANDS, ...ENTRY_COMMANDS, ...GET_COMMANDS, SET_COMMAND, UNSET_COMMAND, VIEW_COMMAND]
  .sort((a, b) => (a.name < b.name ? -1 : 1));

export const CONFIG_COMMAND: KubectlCommand = groupCommand('kubectl config', CONFIG_HELP, SUBCOMMANDS);
