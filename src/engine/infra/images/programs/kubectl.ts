// bitnami/kubectl's kubectl where no host lends the CLI's (`cluster.containerCommands`; engine tests):
// `--help` (the image's CMD) prints the start of kubectl's help, `version --client` the version.
// Deviation from upstream: commands that would talk to the API server print the help too.

import type { ExternalProgram } from '../../process.ts';
import type { CatalogueImage } from '../types.ts';
import type { ProgramFactory } from './support.ts';

const HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  expose          Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service
  run             Run a particular image on the cluster
  set             Set specific features on objects

Basic Commands (Intermediate):
  explain         Get documentation for a resource
  get             Display one or many resources
  edit            Edit a resource on the server
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

export const kubectlProgram: ProgramFactory = (image: CatalogueImage): ExternalProgram => ({
  start(args, sys) {
    if (args[0] === 'version') {
      sys.write(1, `Client Version: v${image.version}\nKustomize Version: v5.5.0\n`);
      return { status: { state: 'exited', code: 0 } };
    }
    sys.write(1, HELP);
    return { status: { state: 'exited', code: 0 } };
  },
});
