// Owns the canvas renderer for the pane's lifetime: creates it on mount, exposes its probe, routes
// its picks and hovers to the latest handlers, and disposes of it on unmount.

import { useEffect, useRef, useState, type RefObject } from 'react';
import { TopologyRenderer, type RendererCallbacks } from './canvas-renderer.ts';
import { exposeTopologyProbe } from './topology-probe.ts';

export function useTopologyRenderer(canvasRef: RefObject<HTMLCanvasElement | null>, callbacks: RendererCallbacks): TopologyRenderer | null {
  const [renderer, setRenderer] = useState<TopologyRenderer | null>(null);
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });
  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const created = new TopologyRenderer(canvas, {
      onPick: (hit) => latest.current.onPick(hit),
      onHover: (hit, at) => latest.current.onHover(hit, at),
    });
    exposeTopologyProbe(created);
    setRenderer(created);
    return () => {
      setRenderer(null);
      created.dispose();
    };
  }, [canvasRef]);
  return renderer;
}
