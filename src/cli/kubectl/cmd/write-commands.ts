// Commands that change the cluster or the kubeconfig: create, apply, delete, patch, label, annotate, run, config.

import type { KubectlCommand } from '../command.ts';

export const WRITE_COMMANDS: readonly KubectlCommand[] = [];
