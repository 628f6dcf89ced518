// What every controller is given: an API client, an event recorder factory, the clock and a work queue.

import type { VirtualClock } from '../base/clock.ts';
import type { SeededRandom } from '../base/rand.ts';
import type { ApiClient } from '../client/client.ts';
import type { EventRecorder } from '../client/events.ts';

export interface ControllerDeps {
  readonly client: ApiClient;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly recorder: (component: string, host?: string) => EventRecorder;
}

export interface Controller {
  readonly name: string;
}
