// `kubectl rollout` (pkg/cmd/rollout/rollout.go): groups status, history, undo, pause, resume and
// restart; run bare it prints its help to stdout (not stderr, unlike `kubectl set`) and fails.

import { UsageError, type KubectlCommand } from '../../command.ts';
import { ERR_UNKNOWN_SUBCOMMAND } from '../../util/group-command.ts';
import { renderHelp } from '../../util/help.ts';
import { ROLLOUT_HELP } from './help.ts';
import { ROLLOUT_HISTORY_COMMAND } from './history.ts';
import { ROLLOUT_PAUSE_COMMAND, ROLLOUT_RESUME_COMMAND } from './pause.ts';
import { ROLLOUT_RESTART_COMMAND } from './restart.ts';
import { ROLLOUT_STATUS_COMMAND } from './status.ts';
import { ROLLOUT_UNDO_COMMAND } from './undo.ts';

const SUBCOMMANDS: readonly KubectlCommand[] = [
  ROLLOUT_HISTORY_COMMAND, ROLLOUT_PAUSE_COMMAND, ROLLOUT_RESTART_COMMAND, ROLLOUT_RESUME_COMMAND, ROLLOUT_STATUS_COMMAND, ROLLOUT_UNDO_COMMAND,
];
const HELP_TEXT = renderHelp('kubectl rollout', ROLLOUT_HELP, SUBCOMMANDS.map((c) => ({ name: c.name, short: c.short })));

export const ROLLOUT_COMMAND: KubectlCommand = {
  name: 'rollout',
  short: ROLLOUT_HELP.short,
  help: HELP_TEXT,
  flags: ROLLOUT_HELP.flags,
  subcommands: SUBCOMMANDS,
  run: (ctx, parsed) => {
    if (parsed.args.length > 0) throw new UsageError(ERR_UNKNOWN_SUBCOMMAND(parsed.args));
    ctx.io.stdout.write(HELP_TEXT);
    return 1;
  },
};
