// The kubelet's view of the container runtime's images: references, pulls, the image config a
// container starts from, the programs an image brings and the servers its processes run.
// One seam over infra/images, so the kubelet names only what it needs.

import { hasExecutable as imageHasExecutable } from '../infra/images/argv.ts';
import { imageByRef as catalogueImage, lookupImage, type PullResult, type RegistryAuth } from '../infra/images/catalogue.ts';
import { listeningPorts, serveHttp, serverFor, type HttpRequest, type HttpResponse } from '../infra/images/http.ts';
import { externalProgram } from '../infra/images/programs/registry.ts';
import type { ContainerCommands } from '../infra/images/container-commands.ts';
import { invalidImageMessage, normalizedReference, parseReference, repositoryName } from '../infra/images/reference.ts';
import type { CatalogueImage } from '../infra/images/types.ts';
import { registryImageFacts, type RegistryImage } from '../infra/docker/node-pull.ts';
import type { ExternalProgram } from '../infra/process.ts';
import type { Vfs } from '../infra/fs/vfs.ts';
import { assert } from '../base/assert.ts';

export { pullDurationMs } from '../infra/images/pull-timing.ts';
export type { PullResult } from '../infra/images/catalogue.ts';

export type ImageFacts = CatalogueImage;
export type HttpAsk = HttpRequest;
export type HttpAnswer = HttpResponse;

/** The kubelet's InvalidImageName message, or undefined for a well-formed reference. */
export function checkImageRef(ref: string): string | undefined {
  return invalidImageMessage(ref);
}

/** A pull as the registry answers it, with the credentials the keyring found for the image. */
export function pullImage(ref: string, auth: readonly RegistryAuth[] = []): PullResult {
  return lookupImage(ref, { auth });
}

/** An image the node may already hold (no registry authorization involved). */
export function localImage(ref: string): PullResult {
  return lookupImage(ref, { credentials: true });
}

/** parsers.ParseImageName's repository (`docker.io/library/nginx`), what the keyring matches against. */
export function repoToPull(ref: string): string {
  const parsed = parseReference(ref);
  return parsed.ok ? repositoryName(parsed.ref) : ref;
}

/** What a node pulled from the workstation's registry, by normalised reference (its runtime state). */
export type HeldImages = Readonly<Record<string, RegistryImage>> | undefined;

/** The facts of each held image, computed once per pulled image (a pure memo). */
const FACTS = new WeakMap<RegistryImage, ImageFacts>();

function heldFacts(pulled: RegistryImage): ImageFacts {
  let facts = FACTS.get(pulled);
  if (facts === undefined) {
    facts = registryImageFacts(pulled);
    FACTS.set(pulled, facts);
  }
  return facts;
}

/** The image a node pulled from the workstation's registry under `ref`, if it holds one. */
export function heldRegistryImage(held: HeldImages, ref: string): ImageFacts | undefined {
  const parsed = parseReference(ref);
  const kept = parsed.ok ? held?.[normalizedReference(parsed.ref)] : undefined;
  return kept ? heldFacts(kept) : undefined;
}

/** An image the node holds, by its normalised reference: the catalogue's or one it pulled from the workstation. */
export function imageByRef(ref: string, held?: HeldImages): ImageFacts {
  const kept = held?.[ref];
  const image = catalogueImage(ref) ?? (kept ? heldFacts(kept) : undefined);
  assert(image !== undefined, `no image ${ref} in the catalogue`);
  return image;
}

export function programFor(image: ImageFacts, name: string, commands?: ContainerCommands): ExternalProgram | undefined {
  return externalProgram(image, name, commands);
}

/** Whether `name` can be exec'd in the image: one of its files, a busybox applet, or its shell. */
export function hasExecutable(image: ImageFacts, name: string): boolean {
  return imageHasExecutable(image, name);
}

export function listensOn(image: ImageFacts, argv: readonly string[], port: number, fs?: Vfs): boolean {
  const server = serverFor(image, argv);
  return server !== undefined && listeningPorts(server, fs).includes(port);
}

export interface ServeContext {
  readonly fs: Vfs;
  readonly nowMs: number;
  readonly startedMs: number;
  readonly hostname: string;
  readonly podIp: string;
  readonly port: number;
  readonly env?: readonly string[];
}

export function serveRequest(image: ImageFacts, argv: readonly string[], req: HttpAsk, ctx: ServeContext): HttpAnswer | undefined {
  const server = serverFor(image, argv);
  if (!server) return undefined;
  return serveHttp(server, req, ctx);
}
