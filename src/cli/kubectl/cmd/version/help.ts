// The --help data of `kubectl version` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';

export const VERSION_HELP: CommandHelp = {
  short: 'Print the client and server version information',
  long: `Print the client and server version information for the current context.`,
  examples: `# Print the client and server versions for the current context
kubectl version`,
  usage: 'kubectl version [flags] [options]',
  flags: [
    { name: 'client', type: 'bool', default: false, usage: 'If true, shows client version only (no server required).' },
    { name: 'output', shorthand: 'o', type: 'string', default: '', usage: 'One of \'yaml\' or \'json\'.' },
  ],
};
