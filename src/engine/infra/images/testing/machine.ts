// A container's machine for the images' tests: the image's files (plus overrides) behind the
// FileReader shape, a settable clock, captured stdout/stderr, and the image's own programs.

import type { ExternalProgram, ProcStatus, ProcSys, Signal } from '../../process.ts';
import { lookupImage } from '../catalogue.ts';
import { externalProgram } from '../programs/registry.ts';
import { emptyLayer } from '../../fs/layer.ts';
import { Vfs } from '../../fs/vfs.ts';
import type { CatalogueImage } from '../types.ts';

export const TEST_START_MS = Date.UTC(2025, 2, 17, 8, 31, 2);

export function testImage(ref: string): CatalogueImage {
  const found = lookupImage(ref, { credentials: true });
  if (!found.ok) throw new Error(found.message);
  return found.image;
}

/** The container's files: the image's with `overrides` laid over them (`null` deletes a path). */
export function testFiles(image: CatalogueImage, overrides: Readonly<Record<string, string | null>> = {}): Vfs {
  const files: Record<string, string> = { ...image.files };
  for (const [p, v] of Object.entries(overrides)) {
    if (v === null) delete files[p];
    else files[p] = v;
  }
  return new Vfs({ lower: files, upper: emptyLayer(TEST_START_MS) }, TEST_START_MS);
}

/** The machine PID 1 of `ref` runs on, with what it printed and its clock. */
export class TestMachine {
  readonly image: CatalogueImage;
  readonly sys: ProcSys;
  out = '';
  err = '';
  nowMs = TEST_START_MS;
  private seed = 7;
  private last: { program: ExternalProgram; args: readonly string[] } | undefined;

  constructor(ref: string, opts: { files?: Record<string, string | null>; env?: readonly string[]; hostname?: string } = {}) {
    const image = testImage(ref);
    this.image = image;
    const sys: ProcSys & { readonly env: readonly string[] } = {
      nowMs: () => this.nowMs,
      random: () => (this.seed = (this.seed * 1_103_515_245 + 12_345) >>> 0),
      fs: testFiles(image, opts.files),
      write: (fd: 1 | 2, text: string) => {
        if (fd === 1) this.out += text;
        else this.err += text;
      },
      hostname: opts.hostname ?? 'web',
      external: (name: string) => externalProgram(image, name),
      env: opts.env ?? image.env,
    };
    this.sys = sys;
  }

  /** Runs `name args` as PID 1 until it blocks or exits, following its sleeps (memo JSON round-tripped). */
  run(name: string, args: readonly string[], maxWakes = 100): ProcStatus {
    const program = externalProgram(this.image, name);
    if (!program) throw new Error(`${this.image.ref} has no program ${name}`);
    this.last = { program, args };
    let r = program.start(args, this.sys);
    for (let i = 0; i < maxWakes && r.status.state === 'sleeping'; i++) {
      this.nowMs = r.status.wakeMs;
      r = program.resume!(args, JSON.parse(JSON.stringify(r.memo ?? null)), this.sys);
    }
    return r.status;
  }

  /** Delivers a signal to the last program run. */
  signal(sig: Signal | 'SIGQUIT'): ReturnType<NonNullable<ExternalProgram['signal']>> | undefined {
    return this.last?.program.signal?.(sig as Signal, this.last.args, this.sys);
  }
}
