// The --help data of `kubectl cordon` and `kubectl uncordon` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';
import { DRY_RUN_FLAG, SELECTOR_FLAG } from '../../util/common-flags.ts';

export const CORDON_HELP: CommandHelp = {
  short: 'Mark node as unschedulable',
  long: 'Mark node as unschedulable.',
  examples: `# Mark node "foo" as unschedulable
kubectl cordon foo`,
  usage: 'kubectl cordon NODE [options]',
  flags: [DRY_RUN_FLAG, SELECTOR_FLAG],
};

export const UNCORDON_HELP: CommandHelp = {
  short: 'Mark node as schedulable',
  long: 'Mark node as schedulable.',
  examples: `# Mark node "foo" as schedulable
kubectl uncordon foo`,
  usage: 'kubectl uncordon NODE [options]',
  flags: [DRY_RUN_FLAG, SELECTOR_FLAG],
};
