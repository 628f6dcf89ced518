// What a describer receives (describe.ResourceDescriber + DescriberSettings) and returns.

import type { ResourceInfo } from '../../../engine/index.ts';
import type { KubectlContext } from '../command.ts';

export interface DescriberSettings {
  /** --show-events (default true). */
  readonly showEvents: boolean;
}

export interface DescribeRequest {
  readonly ctx: KubectlContext;
  readonly settings: DescriberSettings;
  readonly info: ResourceInfo;
  readonly namespace: string | undefined;
  readonly name: string;
}

/** Fetches the object itself (a NotFound StatusError propagates) and returns the whole description. */
export type Describer = (req: DescribeRequest) => string;
