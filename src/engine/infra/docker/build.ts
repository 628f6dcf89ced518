// `docker build`: the Dockerfile's steps against the build context, BuildKit's plain progress lines
// (`#N [i/n] RUN …`, `CACHED` for steps whose inputs did not change) timed on the virtual clock,
// and the image tagged at the end. Mirrors buildkit's progressui plain output and the solver's errors.

import { lookupImage } from '../images/catalogue.ts';
import { familiarName, normalizedReference, parseReference } from '../images/reference.ts';
import { utf8ByteLength } from '../../base/utf8.ts';
import type { DockerContext } from './context.ts';
import { parseDockerfile, type Instruction } from './dockerfile.ts';
import { applyMetadata, copyFiles, runStep, type Stage } from './build-steps.ts';
import { findImage, hex64, pulledImage, storeImage } from './images.ts';
import type { DockerImage } from './types.ts';

export interface BuildRequest {
  readonly dockerfile: string;
  /** The context's files, relative paths → content. */
  readonly context: Readonly<Record<string, string>>;
  readonly tag?: string;
}

export interface BuildLine {
  /** When the line appears, from the start of the build. */
  readonly atMs: number;
  readonly text: string;
}

export interface BuildResult {
  readonly lines: readonly BuildLine[];
  readonly durationMs: number;
  /** The `ERROR: failed to solve: …` line when the build failed. */
  readonly error?: string;
  readonly image?: DockerImage;
}

const FILESYSTEM_STEPS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

export function buildImage(ctx: DockerContext, req: BuildRequest): BuildResult {
  const lines: BuildLine[] = [];
  let t = 0;
  let n = 0;
  const ms = (min: number, spread: number): number => min + ctx.rand.int(spread);
  const out = (text: string): void => { lines.push({ atMs: t, text }); };
  const done = (step: number, elapsedMs: number): void => { t += elapsedMs; out(`#${step} DONE ${(elapsedMs / 1000).toFixed(1)}s`); out(''); };
  out('#0 building with "default" instance using docker driver');
  out('');
  const def = ++n;
  out(`#${def} [internal] load build definition from Dockerfile`);
  out(`#${def} transferring dockerfile: ${utf8ByteLength(req.dockerfile)}B done`);
  done(def, ms(10, 40));
  const parsed = parseDockerfile(req.dockerfile);
  if (!parsed.ok) return fail(lines, t, `failed to solve: dockerfile parse error on line ${parsed.line}: ${parsed.error}`);
  const from = parsed.instructions.find((i) => i.name === 'FROM')!;
  const baseName = from.args.split(/\s+/)[0]!;
  const base = resolveBase(ctx, baseName);
  const meta = ++n;
  out(`#${meta} [internal] load metadata for ${normalizedOf(baseName)}`);
  if (!base.ok) {
    t += ms(600, 600);
    out(`#${meta} ERROR: ${base.error}`);
    return fail(lines, t, `failed to solve: ${baseName}: failed to resolve source metadata for ${normalizedOf(baseName)}: ${base.error}`);
  }
  done(meta, base.local ? 0 : ms(700, 900));
  const ignore = ++n;
  out(`#${ignore} [internal] load .dockerignore`);
  out(`#${ignore} transferring context: 2B done`);
  done(ignore, ms(10, 30));
  const steps = parsed.instructions.filter((i) => FILESYSTEM_STEPS.has(i.name));
  const total = steps.length + 1;
  const fromStep = ++n;
  let stage: Stage = { key: base.image.id, image: base.image };
  const cachedFrom = ctx.state.buildCache[stage.key] !== undefined;
  out(`#${fromStep} [1/${total}] FROM ${base.display}`);
  if (cachedFrom) {
    out(`#${fromStep} CACHED`);
    out('');
  } else {
    out(`#${fromStep} resolve ${base.display} done`);
    done(fromStep, ms(50, 150));
    ctx.state.buildCache[stage.key] = { added: base.image.added, config: base.image.config };
  }
  if (steps.some((s) => s.name === 'COPY' || s.name === 'ADD')) {
    const c = ++n;
    out(`#${c} [internal] load build context`);
    out(`#${c} transferring context: ${Object.values(req.context).reduce((a, f) => a + utf8ByteLength(f), 0)}B done`);
    done(c, ms(10, 30));
  }
  const vars: Record<string, string> = {};
  let index = 1;
  for (const ins of parsed.instructions) {
    if (ins === from) continue;
    const config = applyMetadata(ins, stage.image.config, vars);
    if (config) {
      stage = { key: hex64(`${stage.key}\n${ins.original}`), image: { ...stage.image, config } };
      continue;
    }
    const step = ++n;
    out(`#${step} [${++index}/${total}] ${ins.original}`);
    const result = filesystemStep(ctx, ins, stage, vars, req.context, step, (elapsed) => { t += elapsed; }, out);
    if ('error' in result) return fail(lines, t, result.error);
    stage = result.stage;
  }
  return finish(ctx, req, stage, lines, t, ++n, ms);
}

type StepResult = { readonly stage: Stage } | { readonly error: string };

function filesystemStep(
  ctx: DockerContext, ins: Instruction, stage: Stage, vars: Record<string, string>, context: Readonly<Record<string, string>>,
  step: number, spend: (ms: number) => void, out: (text: string) => void,
): StepResult {
  const workdir = stage.image.config.workingDir;
  let added: Record<string, string> = {};
  let inputs = '';
  if (ins.name === 'COPY' || ins.name === 'ADD') {
    const words = ins.json ?? ins.args.split(/\s+/).filter((w) => !w.startsWith('--'));
    const copied = copyFiles(words, workdir, context);
    if ('missing' in copied) {
      out(`#${step} ERROR: failed to calculate checksum of ref ${hex64(`ref ${stage.key}`).slice(0, 26)}::${hex64(`ctx ${stage.key}`).slice(0, 25)}: "${copied.missing}": not found`);
      return { error: `failed to solve: failed to compute cache key: failed to calculate checksum of ref ${hex64(`ref ${stage.key}`).slice(0, 26)}::${hex64(`ctx ${stage.key}`).slice(0, 25)}: "${copied.missing}": not found` };
    }
    added = copied.added;
    inputs = JSON.stringify(added);
  }
  const key = hex64(`${stage.key}\n${ins.original}\n${inputs}`);
  const cached = ctx.state.buildCache[key];
  const workdirNext = ins.name === 'WORKDIR' ? resolveDir(workdir, ins.args) : workdir;
  if (cached) {
    out(`#${step} CACHED`);
    out('');
    return { stage: { key, image: { ...stage.image, id: key, added: cached.added, config: cached.config } } };
  }
  let elapsedMs = 20 + ctx.rand.int(60);
  if (ins.name === 'RUN') {
    const run = runStep(ins, stage, vars, () => ctx.rand.nextUint32());
    for (const chunk of run.output) for (const line of chunk.text.replace(/\n$/, '').split('\n')) out(`#${step} ${(chunk.atMs / 1000).toFixed(3)} ${line}`);
    elapsedMs = run.elapsedMs;
    if (run.code !== 0) {
      const what = `process "${runText(ins)}" did not complete successfully: exit code: ${run.code}`;
      spend(elapsedMs);
      out(`#${step} ERROR: ${what}`);
      return { error: `failed to solve: ${what}` };
    }
    added = run.added;
  }
  spend(elapsedMs);
  if (ins.name === 'WORKDIR') added[`${workdirNext}/`] = '';
  out(`#${step} DONE ${(elapsedMs / 1000).toFixed(1)}s`);
  out('');
  const config = { ...stage.image.config, workingDir: workdirNext };
  const allAdded = { ...stage.image.added, ...added };
  ctx.state.buildCache[key] = { added: allAdded, config };
  return { stage: { key, image: { ...stage.image, id: key, added: allAdded, config } } };
}

function finish(ctx: DockerContext, req: BuildRequest, stage: Stage, lines: BuildLine[], t0: number, step: number, ms: (a: number, b: number) => number): BuildResult {
  let t = t0;
  const id = hex64(`image ${stage.key}`);
  const existing = ctx.state.images.find((i) => i.id === id);
  const addedBytes = Object.values(stage.image.added).reduce((a, f) => a + utf8ByteLength(f), 0);
  const image: DockerImage = existing ?? { ...stage.image, id, repoTags: [], repoDigests: [], createdMs: ctx.clock.nowMs + t, sizeBytes: stage.image.sizeBytes + addedBytes, cacheKey: stage.key };
  const push = (text: string): void => { lines.push({ atMs: t, text }); };
  push(`#${step} exporting to image`);
  t += existing ? 0 : ms(50, 100);
  push(existing ? `#${step} exporting layers done` : `#${step} exporting layers ${((t - t0) / 1000).toFixed(1)}s done`);
  push(`#${step} writing image sha256:${id} done`);
  const tag = req.tag ? familiarTagOf(req.tag) : undefined;
  if (tag) push(`#${step} naming to ${normalizedOf(req.tag!)} done`);
  push(`#${step} DONE ${((t - t0) / 1000).toFixed(1)}s`);
  const stored = storeImage(ctx.state, image, tag);
  return { lines, durationMs: t, image: stored };
}

function fail(lines: BuildLine[], t: number, error: string): BuildResult {
  return { lines, durationMs: t, error: `ERROR: ${error}` };
}

type Base = { ok: true; image: DockerImage; display: string; local: boolean } | { ok: false; error: string };

function resolveBase(ctx: DockerContext, name: string): Base {
  const local = findImage(ctx.state, name);
  if (local && local.cacheKey) return { ok: true, image: local, display: normalizedOf(name), local: true };
  const result = lookupImage(name);
  if (!result.ok) return { ok: false, error: 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed' };
  const image = pulledImage(result.image, familiarTagOf(name) ?? name);
  return { ok: true, image, display: `${normalizedOf(name)}@${result.image.digest}`, local: false };
}

function normalizedOf(name: string): string {
  const parsed = parseReference(name);
  return parsed.ok ? normalizedReference(parsed.ref) : name;
}

function familiarTagOf(name: string): string | undefined {
  const parsed = parseReference(name);
  return parsed.ok ? familiarName({ ...parsed.ref, tag: parsed.ref.tag ?? 'latest' }) : undefined;
}

function resolveDir(workdir: string, arg: string): string {
  const dir = arg.startsWith('/') ? arg : `${workdir || '/'}/${arg}`;
  return dir.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
}

function runText(ins: Instruction): string {
  return ins.json ? ins.json.join(' ') : `/bin/sh -c ${ins.args}`;
}
