// The --help data of `kubectl api-versions` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';

export const API_VERSIONS_HELP: CommandHelp = {
  short: 'Print the supported API versions on the server, in the form of "group/version"',
  long: `Print the supported API versions on the server, in the form of "group/version".`,
  examples: `# Print the supported API versions
kubectl api-versions`,
  usage: 'kubectl api-versions [options]',
  flags: [

  ],
};
