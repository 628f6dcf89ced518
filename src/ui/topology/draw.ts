// Drawing the topology's shapes on a 2D canvas, in world coordinates: node regions with their
// header, Service/Ingress/storage cards, pods coloured by status with an owner outline and a restart
// badge, and links. Cluster text is drawn as text, never parsed. Labels keep a readable size on
// screen as the zoom shrinks, until they no longer fit their shape; then detail drops.

import type { Box, Metrics } from './layout.ts';
import type { CardItem, CardKind, PodItem, RegionItem } from './scene.ts';
import type { Visual } from './tween.ts';

export interface DrawState {
  /** Zoom scale: screen pixels per world unit. */
  readonly k: number;
  readonly fontSize: number;
  readonly metrics: Metrics;
  /** What stays bright (search matches, an owner's pods); null: everything. */
  readonly focus: ReadonlySet<string> | null;
  readonly selected: string | null;
  readonly hovered: string | null;
}

export const MONO_FONT = '"DejaVu Sans Mono", Menlo, Consolas, monospace';
const SANS_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Monospace glyphs are about this wide, in ems; labels are cut to fit by it, without measuring. */
const MONO_ADVANCE = 0.61;
/** Labels never get smaller on screen than this. */
const MIN_LABEL_PX = 9;
const DIMMED = 0.18;

const CARD_PREFIX: Readonly<Record<CardKind, string>> = {
  Service: 'svc', Ingress: 'ing', PersistentVolumeClaim: 'pvc', PersistentVolume: 'pv',
};
const STATUS_TEXT = { ready: '#9ece6a', notReady: '#f7768e', cordoned: '#e0af68' } as const;

export function fitText(text: string, widthPx: number, fontPx: number): string {
  const max = Math.floor(widthPx / (fontPx * MONO_ADVANCE));
  if (text.length <= max) return text;
  return max <= 1 ? '' : `${text.slice(0, max - 1)}…`;
}

function roundRect(ctx: CanvasRenderingContext2D, b: Box, r: number): void {
  ctx.beginPath();
  ctx.roundRect(b.x, b.y, b.w, b.h, r);
}

/** A label's size in world units: its own, grown to stay readable at this zoom; null once that no longer fits `maxSize`. */
export function labelSize(k: number, preferred: number, maxSize: number): number | null {
  const size = Math.max(preferred, MIN_LABEL_PX / k);
  return size <= maxSize ? size : null;
}

export function drawRegion(ctx: CanvasRenderingContext2D, r: RegionItem, st: DrawState): void {
  const f = st.fontSize;
  const unscheduled = r.status === '';
  ctx.globalAlpha = 1;
  roundRect(ctx, r.box, f * 0.6);
  ctx.fillStyle = unscheduled ? 'rgba(224,175,104,0.05)' : 'rgba(255,255,255,0.035)';
  ctx.fill();
  ctx.lineWidth = st.selected === r.id ? 3 / st.k : 1.5 / st.k;
  ctx.strokeStyle = st.selected === r.id ? '#ffffff' : !r.ready ? STATUS_TEXT.notReady : unscheduled ? 'rgba(224,175,104,0.6)' : '#2d3a4a';
  ctx.setLineDash(r.cordoned || unscheduled ? [8 / st.k, 5 / st.k] : []);
  ctx.stroke();
  ctx.setLineDash([]);
  const headerH = st.metrics.headerH;
  const two = labelSize(st.k, f, headerH * 0.38);
  const size = two ?? labelSize(st.k, f, headerH * 0.7);
  if (size === null) return;
  const x = r.box.x + f;
  const titleY = r.box.y + (two === null ? headerH / 2 : headerH * 0.34);
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${size}px ${SANS_FONT}`;
  ctx.fillStyle = '#e6edf3';
  ctx.fillText(fitText(r.title, (r.box.w - 2 * f) * (unscheduled ? 1 : 0.62), size), x, titleY);
  if (unscheduled) return;
  ctx.font = `${size * 0.85}px ${SANS_FONT}`;
  ctx.textAlign = 'right';
  ctx.fillStyle = !r.ready ? STATUS_TEXT.notReady : r.cordoned ? STATUS_TEXT.cordoned : STATUS_TEXT.ready;
  ctx.fillText(fitText(r.status, (r.box.w - 2 * f) * 0.38, size * 0.85), r.box.x + r.box.w - f, titleY);
  ctx.textAlign = 'left';
  if (two === null) return;
  ctx.fillStyle = '#8b97a6';
  ctx.font = `${size * 0.8}px ${MONO_FONT}`;
  ctx.fillText(fitText([r.roles, ...r.taints].join(' · '), r.box.w - 2 * f, size * 0.8), x, r.box.y + headerH * 0.74);
}

export function drawLink(ctx: CanvasRenderingContext2D, a: Box, b: Box, emphasised: boolean, st: DrawState): void {
  const ax = a.x + a.w;
  const ay = a.y + a.h / 2;
  const bx = b.x;
  const by = b.y + b.h / 2;
  ctx.globalAlpha = emphasised ? 0.95 : st.focus ? 0.12 : 0.35;
  ctx.strokeStyle = emphasised ? '#e6edf3' : '#2ac3de';
  ctx.lineWidth = (emphasised ? 2 : 1) / st.k;
  ctx.beginPath();
  ctx.moveTo(ax, ay);
  ctx.bezierCurveTo(ax + (bx - ax) / 2, ay, ax + (bx - ax) / 2, by, bx, by);
  ctx.stroke();
}

function markOutline(ctx: CanvasRenderingContext2D, b: Box, uid: string, st: DrawState, radius: number): void {
  if (st.selected !== uid && st.hovered !== uid) return;
  const grow = 3 / st.k;
  roundRect(ctx, { x: b.x - grow, y: b.y - grow, w: b.w + 2 * grow, h: b.h + 2 * grow }, radius + grow);
  ctx.lineWidth = (st.selected === uid ? 2.5 : 1.5) / st.k;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}

/** `fill`: the colour now, as CSS (the item's own once its transition ended). */
export function drawPod(ctx: CanvasRenderingContext2D, pod: PodItem, v: Visual, fill: string, st: DrawState): void {
  const b: Box = { x: v.x, y: v.y, w: pod.box.w, h: pod.box.h };
  ctx.globalAlpha = v.alpha * (st.focus && !st.focus.has(pod.uid) ? DIMMED : 1);
  ctx.fillStyle = fill;
  const detailed = b.h * st.k >= 10;
  if (!detailed) {
    ctx.fillRect(b.x, b.y, b.w, b.h);
    return;
  }
  const radius = b.h * 0.22;
  roundRect(ctx, b, radius);
  ctx.fill();
  if (pod.outline) {
    ctx.lineWidth = Math.max(2, st.fontSize * 0.2);
    ctx.strokeStyle = pod.outline;
    ctx.stroke();
  }
  markOutline(ctx, b, pod.uid, st, radius);
  const f = labelSize(st.k, st.fontSize * 0.85, b.h * 0.62);
  if (f === null) {
    if (pod.restarts > 0) drawRestartDot(ctx, b);
    return;
  }
  ctx.font = `${f}px ${MONO_FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#0b0f14';
  const badgeW = pod.restarts > 0 ? f * (1.2 + String(Math.min(pod.restarts, 999)).length * MONO_ADVANCE) : 0;
  ctx.fillText(fitText(pod.name, b.w - f * 0.9 - badgeW, f), b.x + f * 0.45, b.y + b.h / 2);
  if (pod.restarts > 0) drawRestartBadge(ctx, b, pod.restarts, f);
}

function drawRestartDot(ctx: CanvasRenderingContext2D, b: Box): void {
  ctx.beginPath();
  ctx.arc(b.x + b.w - b.h * 0.3, b.y + b.h * 0.3, b.h * 0.2, 0, 2 * Math.PI);
  ctx.fillStyle = '#f7768e';
  ctx.fill();
}

function drawRestartBadge(ctx: CanvasRenderingContext2D, b: Box, restarts: number, f: number): void {
  const text = String(Math.min(restarts, 999));
  const w = f * (0.9 + text.length * MONO_ADVANCE);
  const box: Box = { x: b.x + b.w - w - f * 0.3, y: b.y + b.h / 2 - f * 0.65, w, h: f * 1.3 };
  roundRect(ctx, box, box.h / 2);
  ctx.fillStyle = '#1b222c';
  ctx.fill();
  ctx.fillStyle = '#f7768e';
  ctx.textAlign = 'center';
  ctx.fillText(text, box.x + box.w / 2, box.y + box.h / 2);
  ctx.textAlign = 'left';
}

export function drawCard(ctx: CanvasRenderingContext2D, card: CardItem, v: Visual, fill: string, st: DrawState): void {
  const b: Box = { x: v.x, y: v.y, w: card.box.w, h: card.box.h };
  ctx.globalAlpha = v.alpha * (st.focus && !st.focus.has(card.uid) ? DIMMED : 1);
  const radius = b.h * 0.18;
  roundRect(ctx, b, radius);
  ctx.fillStyle = '#16202b';
  ctx.fill();
  ctx.lineWidth = 1.5 / st.k;
  ctx.strokeStyle = fill;
  ctx.stroke();
  markOutline(ctx, b, card.uid, st, radius);
  const two = labelSize(st.k, st.fontSize * 0.85, b.h * 0.36);
  const f = two ?? labelSize(st.k, st.fontSize * 0.85, b.h * 0.62);
  if (f === null) return;
  const nameY = b.y + (two === null ? b.h / 2 : b.h * 0.33);
  ctx.textBaseline = 'middle';
  ctx.font = `${f}px ${MONO_FONT}`;
  ctx.fillStyle = fill;
  const prefix = `${CARD_PREFIX[card.kind]} `;
  ctx.fillText(prefix, b.x + f * 0.5, nameY);
  ctx.fillStyle = '#e6edf3';
  const nameX = b.x + f * 0.5 + prefix.length * f * MONO_ADVANCE;
  ctx.fillText(fitText(card.name, b.x + b.w - nameX - f * 0.3, f), nameX, nameY);
  if (two === null) return;
  ctx.font = `${f * 0.85}px ${MONO_FONT}`;
  ctx.fillStyle = '#8b97a6';
  ctx.fillText(fitText(card.detail, b.w - f, f * 0.85), b.x + f * 0.5, b.y + b.h * 0.7);
}
