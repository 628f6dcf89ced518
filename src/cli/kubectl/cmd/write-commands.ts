// Commands that change the cluster: create, apply, delete, patch, label, annotate, scale.

import type { KubectlCommand } from '../command.ts';
import { ANNOTATE_COMMAND } from './annotate/annotate.ts';
import { APPLY_COMMAND } from './apply/apply.ts';
import { CREATE_COMMAND } from './create/create.ts';
import { DELETE_COMMAND } from './delete/delete.ts';
import { LABEL_COMMAND } from './label/label.ts';
import { PATCH_COMMAND } from './patch/patch.ts';
import { SCALE_COMMAND } from './scale/scale.ts';

export const WRITE_COMMANDS: readonly KubectlCommand[] = [
  CREATE_COMMAND, APPLY_COMMAND, DELETE_COMMAND, PATCH_COMMAND, LABEL_COMMAND, ANNOTATE_COMMAND, SCALE_COMMAND,
];
