// Short transitions of what the topology draws: position, colour and opacity move from where they
// are to a new target over TWEEN_MS, eased. Created things fade in, deleted ones fade out. Pure.

export const TWEEN_MS = 450;

export type Rgb = readonly [number, number, number];

export interface Visual {
  readonly x: number;
  readonly y: number;
  readonly alpha: number;
  readonly rgb: Rgb;
}

export interface Tween {
  readonly from: Visual;
  readonly to: Visual;
  readonly startMs: number;
}

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;
/** The few colours the topology uses, parsed once. */
const parsed = new Map<string, Rgb>();

export function parseHex(color: string): Rgb {
  let rgb = parsed.get(color);
  if (rgb === undefined) {
    const m = HEX.exec(color);
    rgb = m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : [128, 128, 128];
    parsed.set(color, rgb);
  }
  return rgb;
}

export function rgbCss(rgb: Rgb): string {
  return `rgb(${Math.round(rgb[0])},${Math.round(rgb[1])},${Math.round(rgb[2])})`;
}

const ease = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
const mix = (a: number, b: number, t: number): number => a + (b - a) * t;

export function progress(tween: Tween, nowMs: number): number {
  return Math.min(1, Math.max(0, (nowMs - tween.startMs) / TWEEN_MS));
}

export function visualAt(tween: Tween, nowMs: number): Visual {
  const p = progress(tween, nowMs);
  if (p >= 1) return tween.to;
  const t = ease(p);
  const { from, to } = tween;
  return {
    x: mix(from.x, to.x, t),
    y: mix(from.y, to.y, t),
    alpha: mix(from.alpha, to.alpha, t),
    rgb: [mix(from.rgb[0], to.rgb[0], t), mix(from.rgb[1], to.rgb[1], t), mix(from.rgb[2], to.rgb[2], t)],
  };
}

export function settled(tween: Tween, nowMs: number): boolean {
  return progress(tween, nowMs) >= 1;
}

const sameVisual = (a: Visual, b: Visual): boolean =>
  a.x === b.x && a.y === b.y && a.alpha === b.alpha && a.rgb[0] === b.rgb[0] && a.rgb[1] === b.rgb[1] && a.rgb[2] === b.rgb[2];

/** Heads for `to` from wherever the thing is now; a new thing fades in where it belongs. */
export function retarget(tween: Tween | undefined, to: Visual, nowMs: number): Tween {
  if (tween === undefined) return { from: { ...to, alpha: 0 }, to, startMs: nowMs };
  if (sameVisual(tween.to, to)) return tween;
  return { from: visualAt(tween, nowMs), to, startMs: nowMs };
}

/** Fades out where it is. */
export function fadeOut(tween: Tween, nowMs: number): Tween {
  const here = visualAt(tween, nowMs);
  return { from: here, to: { ...here, alpha: 0 }, startMs: nowMs };
}
