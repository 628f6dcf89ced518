// `kubectl set` (pkg/cmd/set/set.go): groups the commands that change one aspect of existing objects;
// run bare it prints its help to stderr and fails.

import type { KubectlCommand } from '../../command.ts';
import { groupCommand } from '../../util/group-command.ts';
import { SET_HELP } from './help.ts';
import { SET_ENV_COMMAND } from './set-env.ts';
import { SET_IMAGE_COMMAND } from './set-image.ts';
import { SET_RESOURCES_COMMAND } from './set-resources.ts';
import { SET_SELECTOR_COMMAND } from './set-selector.ts';
import { SET_SERVICEACCOUNT_COMMAND } from './set-serviceaccount.ts';
import { SET_SUBJECT_COMMAND } from './set-subject.ts';

export const SET_COMMAND: KubectlCommand = groupCommand('kubectl set', SET_HELP, [
  SET_ENV_COMMAND, SET_IMAGE_COMMAND, SET_RESOURCES_COMMAND, SET_SELECTOR_COMMAND, SET_SERVICEACCOUNT_COMMAND, SET_SUBJECT_COMMAND,
]);
