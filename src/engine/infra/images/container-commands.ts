// Programs the host lends the images: an image program the engine cannot implement itself because
// it lives in a layer above (bitnami/kubectl's `kubectl` is the CLI's kubectl, talking to the API
// server with the pod's credentials). Filled once by the host that composes the cluster and the CLI.

import type { ProgramFactory } from './programs/support.ts';
import type { ProgramId } from './types.ts';

export class ContainerCommands {
  private readonly programs = new Map<ProgramId, ProgramFactory>();

  /** The host's implementation of `id`, used instead of the engine's own from now on. */
  provide(id: ProgramId, factory: ProgramFactory): void {
    this.programs.set(id, factory);
  }

  factory(id: ProgramId): ProgramFactory | undefined {
    return this.programs.get(id);
  }
}
