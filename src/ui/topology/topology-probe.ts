// The topology's probe for end-to-end tests and the frame-rate bench, on `window.__kubelab.topology`:
// frames drawn so far (sample it twice while pods animate: frames per second = Δframes / Δseconds),
// the wall time spent drawing them (Δdraw ms / Δframes = the cost of one frame), whether an animation
// runs, and where a drawn thing is on the page, to click it as a person does.

import { exposeTestHooks } from '../test-hooks.ts';
import type { TopologyRenderer } from './canvas-renderer.ts';

export interface TopologyProbe {
  readonly frames: number;
  readonly drawMs: number;
  readonly animating: boolean;
  /** Client coordinates of a drawn item (UID) or node (name); null when not drawn. */
  clientPointOf(id: string): { x: number; y: number } | null;
}

declare module '../test-hooks.ts' {
  interface KubelabTestHooks {
    topology?: TopologyProbe;
  }
}

export function exposeTopologyProbe(renderer: TopologyRenderer): void {
  exposeTestHooks({
    topology: {
      get frames() {
        return renderer.frames;
      },
      get drawMs() {
        return renderer.drawMs;
      },
      get animating() {
        return renderer.isAnimating;
      },
      clientPointOf: (id) => renderer.clientPointOf(id),
    },
  });
}
