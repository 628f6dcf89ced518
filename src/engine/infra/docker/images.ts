// The engine's image store: pulls from the shared catalogue, lookups by name, tag or ID prefix,
// tagging and untagging, and the runnable view of an image (its base's programs and files with the
// build's files on top). Mirrors moby's image service as `docker images`/`pull`/`tag`/`rmi` see it.

import { assert } from '../../base/assert.ts';
import { fnv32a } from '../../base/names.ts';
import { imageByRef } from '../images/catalogue.ts';
import { familiarName, normalizedReference, parseReference } from '../images/reference.ts';
import type { CatalogueImage } from '../images/types.ts';
import { IMAGE_MTIME_MS } from '../fs/vfs.ts';
import type { DockerImage, DockerState } from './types.ts';

/** Deviation from upstream: the uncompressed size is the registry's compressed size times this. */
const UNPACKED_FACTOR = 2.6;
const LAYER_BYTES = 12_000_000;
const MAX_LAYERS = 7;

/** 64 hex digits derived from `text` (a stand-in for a sha256 digest: stable, not cryptographic). */
export function hex64(text: string): string {
  let out = '';
  let h = fnv32a(text);
  for (let i = 0; i < 8; i++) {
    h = mix32(h + fnv32a(`${out}${i}`));
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/** murmur3's fmix32: every input bit reaches every output bit. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** `nginx` → `nginx:latest`, `docker.io/library/nginx:1.27` → `nginx:1.27`; undefined when malformed. */
export function familiarTag(name: string): string | undefined {
  const parsed = parseReference(name);
  if (!parsed.ok) return undefined;
  return familiarName({ ...parsed.ref, tag: parsed.ref.digest ? parsed.ref.tag : parsed.ref.tag ?? 'latest' });
}

/** An image by tag, full or short ID (`sha256:` optional). */
export function findImage(state: DockerState, name: string): DockerImage | undefined {
  const tag = familiarTag(name);
  const byTag = tag ? state.images.find((i) => i.repoTags.includes(tag)) : undefined;
  if (byTag) return byTag;
  const id = name.replace(/^sha256:/, '');
  if (!/^[0-9a-f]{4,64}$/.test(id)) return undefined;
  return state.images.find((i) => i.id.startsWith(id));
}

/** The image a catalogue pull stores (its ID stable per repository digest). */
export function pulledImage(image: CatalogueImage, tag: string): DockerImage {
  const layerCount = Math.max(1, Math.min(MAX_LAYERS, Math.round(image.sizeBytes / LAYER_BYTES)));
  const layers = Array.from({ length: layerCount }, (_, i) => hex64(`${image.digest}/layer/${i}`).slice(0, 12));
  const repo = tag.replace(/:[^:/]+$/, '');
  return {
    id: hex64(`config ${image.digest}`),
    repoTags: [tag],
    repoDigests: [`${repo}@${image.digest}`],
    createdMs: image.filesMs > 0 ? image.filesMs : IMAGE_MTIME_MS,
    sizeBytes: Math.round(image.sizeBytes * UNPACKED_FACTOR),
    base: image.ref,
    added: {},
    config: {
      entrypoint: image.entrypoint, cmd: image.cmd, env: image.env, workingDir: image.workingDir, user: image.user,
      exposedPorts: image.exposedPorts, stopSignal: image.stopSignal, labels: {},
    },
    layers,
  };
}

/** Stores `image` under `tag`, taking the tag from any image that had it. */
export function storeImage(state: DockerState, image: DockerImage, tag: string | undefined): DockerImage {
  let held = state.images.find((i) => i.id === image.id);
  if (!held) {
    held = { ...image, repoTags: [], repoDigests: [...image.repoDigests] };
    state.images.push(held);
  }
  for (const d of image.repoDigests) if (!held.repoDigests.includes(d)) held.repoDigests.push(d);
  if (tag) tagImage(state, held, tag);
  return held;
}

export function tagImage(state: DockerState, image: DockerImage, tag: string): void {
  for (const other of state.images) if (other !== image) other.repoTags = other.repoTags.filter((t) => t !== tag);
  if (!image.repoTags.includes(tag)) image.repoTags.push(tag);
}

const RUNNABLE = new Map<string, CatalogueImage>();

/**
 * The image as the container runtime runs it: the base's programs and shell, the build's files over
 * the base's, the image's own config. Memoised by image ID, which names its content, so every
 * container of an image shares one files object.
 */
export function runnableImage(image: DockerImage): CatalogueImage {
  const hit = RUNNABLE.get(image.id);
  if (hit) return hit;
  const base = imageByRef(image.base);
  assert(base !== undefined, `docker: base image ${image.base} is not in the catalogue`);
  const { labels: _labels, ...config } = image.config;
  const made: CatalogueImage = {
    ...base, ...config,
    ref: normalizedOf(image.repoTags[0]) ?? base.ref,
    imageId: `sha256:${image.id}`,
    files: Object.keys(image.added).length === 0 ? base.files : { ...base.files, ...image.added },
  };
  RUNNABLE.set(image.id, made);
  return made;
}

function normalizedOf(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const parsed = parseReference(tag);
  return parsed.ok ? normalizedReference(parsed.ref) : undefined;
}
