// The topology's canvas: draws a scene, animates what changed (fade in, colour and position
// transitions, fade out), zooms and pans with d3-zoom, and says what is under the pointer. It draws
// only when something changed or moves, one frame per animation frame, and counts its frames.

import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { drawCard, drawLink, drawPod, drawRegion, type DrawState } from './draw.ts';
import { HitIndex, type Hit } from './hit-test.ts';
import type { Box } from './layout.ts';
import type { CardItem, PodItem, Scene } from './scene.ts';
import { fadeOut, parseHex, retarget, rgbCss, settled, visualAt, type Tween, type Visual } from './tween.ts';

export interface Marks {
  readonly focus: ReadonlySet<string> | null;
  /** A UID, or a node's name. */
  readonly selected: string | null;
}

/** The pointer, in pixels from the canvas's top left corner, and which half of the canvas it is in. */
export interface PointerSpot {
  readonly x: number;
  readonly y: number;
  readonly right: boolean;
  readonly bottom: boolean;
}

export interface RendererCallbacks {
  onPick(hit: Hit | null): void;
  onHover(hit: Hit | null, at: PointerSpot): void;
}

interface Sprite {
  item: PodItem | CardItem;
  tween: Tween;
  leaving: boolean;
}

/** A hit's UID or node name. */
export const hitId = (hit: Hit | null): string | null => (hit === null ? null : hit.kind === 'item' ? hit.uid : hit.id);

/** Whether `inner` lies within `outer`. */
const within = (inner: Box, outer: Box | undefined): boolean =>
  outer !== undefined && inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

const SCALE_EXTENT: [number, number] = [0.03, 4];
const FIT_MARGIN_PX = 24;

export class TopologyRenderer {
  /** Frames drawn so far, and the wall time spent drawing them: the fps probe reads them. */
  frames = 0;
  drawMs = 0;
  private scene: Scene | undefined;
  private readonly sprites = new Map<string, Sprite>();
  private hits = new HitIndex([], []);
  private marks: Marks = { focus: null, selected: null };
  private hovered: Hit | null = null;
  private transform: ZoomTransform = zoomIdentity;
  private readonly zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown>;
  private frameRequested = false;
  private animating = false;
  /** Until the student zooms, pans or centres on something, the view keeps the whole picture in frame as it grows. */
  private following = true;
  private framed: Box | undefined;
  private fontSize = 14;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly resizeObserver: ResizeObserver;
  private readonly listeners: [string, EventListener][];

  constructor(private readonly canvas: HTMLCanvasElement, private readonly callbacks: RendererCallbacks) {
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new Error('kubelab: no 2D canvas');
    this.ctx = ctx;
    this.zoomBehavior = zoom<HTMLCanvasElement, unknown>().scaleExtent(SCALE_EXTENT).on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
      this.transform = event.transform;
      if (event.sourceEvent) this.following = false;
      this.requestFrame();
    });
    select(canvas).call(this.zoomBehavior);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(canvas);
    this.listeners = [
      ['click', ((e: MouseEvent) => this.callbacks.onPick(this.hitAt(e))) as EventListener],
      ['pointermove', ((e: PointerEvent) => this.hover(this.hitAt(e), e)) as EventListener],
      ['pointerleave', ((e: PointerEvent) => this.hover(null, e)) as EventListener],
    ];
    for (const [type, fn] of this.listeners) canvas.addEventListener(type, fn);
  }

  get isAnimating(): boolean {
    return this.animating;
  }

  setScene(scene: Scene, fontSize: number): void {
    const now = performance.now();
    this.scene = scene;
    this.fontSize = fontSize;
    const present = new Set<string>();
    for (const item of [...scene.cards, ...scene.pods]) {
      present.add(item.uid);
      const target = { x: item.box.x, y: item.box.y, alpha: 1, rgb: parseHex(item.color) };
      const sprite = this.sprites.get(item.uid);
      if (sprite) {
        sprite.item = item;
        sprite.tween = retarget(sprite.leaving ? undefined : sprite.tween, target, now);
        sprite.leaving = false;
      } else {
        this.sprites.set(item.uid, { item, tween: retarget(undefined, target, now), leaving: false });
      }
    }
    for (const [uid, sprite] of this.sprites) {
      if (present.has(uid) || sprite.leaving) continue;
      sprite.leaving = true;
      sprite.tween = fadeOut(sprite.tween, now);
    }
    this.hits = new HitIndex([...scene.cards, ...scene.pods], scene.regions.filter((r) => r.status !== ''));
    this.follow();
    this.requestFrame();
  }

  setMarks(marks: Marks): void {
    this.marks = marks;
    this.requestFrame();
  }

  /** Zooms so the whole picture shows, and keeps it so as it grows. */
  fit(): void {
    this.following = true;
    this.framed = undefined;
    this.follow();
  }

  private follow(): void {
    const bounds = this.scene?.bounds;
    const w = this.canvas.clientWidth;
    const h = this.canvas.clientHeight;
    if (!this.following || !bounds || w === 0 || h === 0 || bounds.w === 0 || within(bounds, this.framed)) return;
    this.framed = bounds;
    const k = Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], Math.min((w - 2 * FIT_MARGIN_PX) / bounds.w, (h - 2 * FIT_MARGIN_PX) / bounds.h, 1)));
    const t = zoomIdentity.translate(w / 2 - k * (bounds.x + bounds.w / 2), h / 2 - k * (bounds.y + bounds.h / 2)).scale(k);
    this.zoomBehavior.transform(select(this.canvas), t);
  }

  /** Centres the view on an item (UID) or node (name); false when it is not drawn. */
  centerOn(id: string): boolean {
    const box = this.boxOf(id) ?? this.scene?.regions.find((r) => r.id === id)?.box;
    if (!box) return false;
    this.following = false;
    this.zoomBehavior.translateTo(select(this.canvas), box.x + box.w / 2, box.y + box.h / 2);
    return true;
  }

  /** Where an item (UID) or node region (name) is on the page, in client pixels. */
  clientPointOf(id: string): { x: number; y: number } | null {
    const box = this.boxOf(id) ?? this.scene?.regions.find((r) => r.id === id)?.box;
    if (!box) return null;
    const [x, y] = this.transform.apply([box.x + box.w / 2, box.y + (this.boxOf(id) ? box.h / 2 : this.fontSize)]);
    const rect = this.canvas.getBoundingClientRect();
    return { x: rect.left + x, y: rect.top + y };
  }

  dispose(): void {
    this.resizeObserver.disconnect();
    for (const [type, fn] of this.listeners) this.canvas.removeEventListener(type, fn);
    select(this.canvas).on('.zoom', null);
  }

  private boxOf(uid: string): Box | undefined {
    const sprite = this.sprites.get(uid);
    if (!sprite || sprite.leaving) return undefined;
    const v = visualAt(sprite.tween, performance.now());
    return { x: v.x, y: v.y, w: sprite.item.box.w, h: sprite.item.box.h };
  }

  private hitAt(e: MouseEvent): Hit | null {
    const [x, y] = this.transform.invert([e.offsetX, e.offsetY]);
    return this.hits.at(x, y);
  }

  /** Reports the pointer's target when it changes, with where the pointer is then. */
  private hover(hit: Hit | null, e: MouseEvent): void {
    if (hitId(hit) === hitId(this.hovered)) return;
    this.hovered = hit;
    this.callbacks.onHover(hit, {
      x: e.offsetX, y: e.offsetY, right: e.offsetX > this.canvas.clientWidth / 2, bottom: e.offsetY > this.canvas.clientHeight / 2,
    });
    this.requestFrame();
  }

  private resize(): void {
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(this.canvas.clientWidth * dpr);
    const h = Math.round(this.canvas.clientHeight * dpr);
    if (w !== this.canvas.width || h !== this.canvas.height) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    this.framed = undefined;
    this.follow();
    this.requestFrame();
  }

  private requestFrame(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    requestAnimationFrame(() => this.frame());
  }

  private frame(): void {
    this.frameRequested = false;
    if (this.canvas.width === 0 || this.canvas.height === 0) return;
    const start = performance.now();
    this.frames++;
    this.animating = this.draw(start);
    this.drawMs += performance.now() - start;
    if (this.animating) this.requestFrame();
  }

  /** Draws everything once; true while something still moves. */
  private draw(now: number): boolean {
    const { ctx, canvas, transform: t } = this;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const scene = this.scene;
    if (!scene) return false;
    ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
    const hovered = hitId(this.hovered);
    const st: DrawState = { k: t.k, fontSize: this.fontSize, metrics: scene.metrics, focus: this.marks.focus, selected: this.marks.selected, hovered };
    const [x0, y0] = t.invert([0, 0]);
    const [x1, y1] = t.invert([canvas.clientWidth, canvas.clientHeight]);
    const visible = (b: Box): boolean => b.x + b.w >= x0 && b.x <= x1 && b.y + b.h >= y0 && b.y <= y1;
    for (const region of scene.regions) if (visible(region.box)) drawRegion(ctx, region, st);
    const shown: { sprite: Sprite; v: Visual; fill: string }[] = [];
    const boxes = new Map<string, Box>();
    let moving = false;
    for (const [uid, sprite] of this.sprites) {
      if (sprite.leaving && settled(sprite.tween, now)) {
        this.sprites.delete(uid);
        continue;
      }
      const v = visualAt(sprite.tween, now);
      const still = v === sprite.tween.to;
      moving ||= !still;
      const box = { x: v.x, y: v.y, w: sprite.item.box.w, h: sprite.item.box.h };
      boxes.set(uid, box);
      if (visible(box)) shown.push({ sprite, v, fill: still && !sprite.leaving ? sprite.item.color : rgbCss(v.rgb) });
    }
    for (const link of scene.links) {
      const a = boxes.get(link.from);
      const b = boxes.get(link.to);
      if (!a || !b || (!visible(a) && !visible(b))) continue;
      const emphasised = [hovered, st.selected].some((id) => id !== null && (id === link.from || id === link.to));
      drawLink(ctx, a, b, emphasised, st);
    }
    for (const { sprite, v, fill } of shown) {
      if (sprite.item.kind === 'Pod') drawPod(ctx, sprite.item, v, fill, st);
      else drawCard(ctx, sprite.item, v, fill, st);
    }
    ctx.globalAlpha = 1;
    return moving;
  }
}
