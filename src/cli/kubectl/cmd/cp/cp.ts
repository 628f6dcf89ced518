// `kubectl cp <file-spec-src> <file-spec-dest>` (pkg/cmd/cp/cp.go, v1.31): a local file or directory
// into a pod's container, or one out of it, with kubectl's checks and messages.
// Deviation from upstream: kubectl streams a tar archive through `tar xf -` / `tar cf -` in the
// container; here the container's tar is only probed (so an image without it fails with the
// runtime's real error, and its flavour picks GNU's or busybox's messages), and the files move with
// `test`, `mkdir -p`, `ls -1Ap` and `cat` exec calls. Modes, owners and symlinks are not copied.

import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../../engine/index.ts';
import { FsError, resolvePath } from '../../../fs/virtual-fs.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagString, type ParsedArgs } from '../../flags.ts';
import { commandFromHelp } from '../../util/help.ts';
import { ERR_COMPLETED } from '../exec/exec.ts';
import { MSG_EXIT_CODE } from '../exec/session.ts';
import { defaultContainer } from '../logs/pod-for-object.ts';
import { basePath, cleanPath, dirPath, extractFileSpec, joinPath, memberPrefix, type FileSpec } from './file-spec.ts';
import { CP_HELP } from './help.ts';
import { runSteps, type CpStep, type ExecPlace, type ExecResult } from './transfer.ts';

export const ERR_SRC_DEST = 'source and destination are required';
export const ERR_ONE_LOCAL = 'one of src or dest must be a local file specification';
export const ERR_ONE_REMOTE = 'one of src or dest must be a remote file specification';
export const ERR_EMPTY_PATH = 'filepath can not be empty';
export const ERR_NOT_LOCAL = (file: string): string => `${file} doesn't exist in local filesystem`;

/** What the container's tar prints on stderr (kubectl cp shows it on stdout when copying out). */
const TAR_MESSAGES = {
  gnu: { leadingSlash: "tar: Removing leading `/' from member names\n", missing: (f: string) => `tar: ${f}: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors\n`, code: 2 },
  busybox: { leadingSlash: "tar: removing leading '/' from member names\n", missing: (f: string) => `tar: ${f}: No such file or directory\n`, code: 1 },
} as const;

const shQuote = (s: string): string => `'${s.replaceAll("'", "'\\''")}'`;
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

/** exec's Run for a PodName: the pod, the completed-pod check and the container. */
function execPlace(ctx: KubectlContext, parsed: ParsedArgs, spec: FileSpec, warn: (text: string) => void): ExecPlace {
  const namespace = spec.namespace || ctx.namespace;
  const pod: KubeObject = ctx.client.server.get(ctx.client.info('/pods'), namespace, spec.pod);
  const phase = (pod as unknown as Pod).status?.phase ?? '';
  if (phase === 'Succeeded' || phase === 'Failed') throw new KubectlError(ERR_COMPLETED(phase));
  return { namespace, pod: spec.pod, container: flagString(parsed, 'container') || defaultContainer(pod, false, warn) };
}

/** A command's failure ends the copy as remotecommand's exit error does. */
function endOnFailure(ctx: KubectlContext, r: ExecResult): readonly CpStep[] | number {
  if (r.code === 0) return [];
  ctx.io.stderr.write(MSG_EXIT_CODE(r.code));
  return r.code;
}

/** The local tree under `root` (a file gives itself): files with their text, and every directory. */
function localTree(ctx: KubectlContext, root: string): { files: Array<[string, string]>; dirs: string[] } {
  const files: Array<[string, string]> = [];
  const dirs: string[] = [];
  const walk = (abs: string, rel: string): void => {
    if (ctx.fs.stat(abs)?.type !== 'dir') {
      files.push([rel, ctx.fs.readFile(abs)]);
      return;
    }
    dirs.push(rel);
    for (const name of ctx.fs.readdir(abs)) walk(`${abs}/${name}`, rel === '' ? name : `${rel}/${name}`);
  };
  walk(root, '');
  return { files, dirs };
}

function copyToPod(ctx: KubectlContext, parsed: ParsedArgs, src: FileSpec, dest: FileSpec): CommandResult {
  const local = resolvePath(ctx.cwd, src.file, ctx.home);
  if (!ctx.fs.exists(local)) throw new KubectlError(ERR_NOT_LOCAL(src.file));
  const place = execPlace(ctx, parsed, dest, (text) => ctx.io.stderr.write(text));
  const { files, dirs } = localTree(ctx, local);
  const writes = (target: string): CpStep[] => [
    ...(dirs.length > 0 ? [{ command: ['mkdir', '-p', ...dirs.map((d) => joinPath(target, d))], stderrTo: 'stderr' as const, done: (r: ExecResult) => endOnFailure(ctx, r) }] : []),
    ...files.map(([rel, content]): CpStep => ({
      command: ['sh', '-c', `cat > ${shQuote(joinPath(target, rel))}`], stdin: content, stderrTo: 'stderr', done: (r) => endOnFailure(ctx, r),
    })),
  ];
  const probe = (target: string): CpStep => ({ command: ['tar', '--version'], done: () => writes(target) });
  return runSteps(ctx, place, [{
    command: ['test', '-d', dest.file],
    ignoreStreamError: true,
    done: (r) => [probe(r.code === 0 ? joinPath(dest.file, basePath(src.file)) : dest.file)],
  }]);
}

/** untarAll for one member: the local path it lands on, created as kubectl's os calls would. */
function untar(ctx: KubectlContext, dest: string, prefix: string, remote: string, content: string | undefined): void {
  const member = cleanPath(remote.replace(/^\/+/, ''));
  const target = joinPath(dest, member.slice(prefix.length));
  const abs = resolvePath(ctx.cwd, target, ctx.home);
  const mkdirAll = (p: string, shown: string): void => {
    try {
      ctx.fs.mkdir(p, { parents: true });
    } catch (err) {
      if (err instanceof FsError) throw new KubectlError(`mkdir ${shown}: not a directory`);
      throw err;
    }
  };
  if (content === undefined) return mkdirAll(abs, target);
  mkdirAll(resolvePath(ctx.cwd, dirPath(target), ctx.home), dirPath(target));
  if (ctx.fs.stat(abs)?.type === 'dir') throw new KubectlError(`open ${target}: is a directory`);
  ctx.fs.writeFile(abs, content);
}

function copyFromPod(ctx: KubectlContext, parsed: ParsedArgs, src: FileSpec, dest: FileSpec): CommandResult {
  const place = execPlace(ctx, parsed, src, (text) => ctx.io.stdout.write(text));
  const prefix = memberPrefix(src.file);
  const cat = (file: string): CpStep => ({
    command: ['cat', file],
    done: (r) => {
      if (r.code !== 0) return endOnFailure(ctx, r);
      untar(ctx, dest.file, prefix, file, r.stdout);
      return [];
    },
  });
  const list = (dir: string): CpStep => ({
    command: ['ls', '-1Ap', dir],
    done: (r) => {
      if (r.code !== 0) return endOnFailure(ctx, r);
      untar(ctx, dest.file, prefix, dir, undefined);
      return lines(r.stdout).map((entry) => (entry.endsWith('/') ? list(joinPath(dir, entry.slice(0, -1))) : cat(joinPath(dir, entry))));
    },
  });
  return runSteps(ctx, place, [{
    command: ['tar', '--version'],
    done: (probe) => {
      const tar = probe.stdout.includes('GNU tar') ? TAR_MESSAGES.gnu : TAR_MESSAGES.busybox;
      if (src.file.startsWith('/')) ctx.io.stdout.write(tar.leadingSlash);
      return [{
        command: ['test', '-e', src.file],
        done: (exists) => {
          if (exists.code !== 0) {
            ctx.io.stdout.write(tar.missing(src.file));
            return endOnFailure(ctx, { ...exists, code: tar.code });
          }
          return [{ command: ['test', '-d', src.file], done: (isDir) => [isDir.code === 0 ? list(src.file) : cat(src.file)] }];
        },
      }];
    },
  }]);
}

function runCp(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  if (parsed.args.length !== 2) throw new KubectlError(ERR_SRC_DEST);
  const src = extractFileSpec(parsed.args[0]!);
  const dest = extractFileSpec(parsed.args[1]!);
  if (src.pod !== '' && dest.pod !== '') throw new KubectlError(ERR_ONE_LOCAL);
  if (src.file === '' || dest.file === '') throw new KubectlError(ERR_EMPTY_PATH);
  if (src.pod !== '') return copyFromPod(ctx, parsed, src, dest);
  if (dest.pod !== '') return copyToPod(ctx, parsed, src, dest);
  throw new KubectlError(ERR_ONE_REMOTE);
}

export const CP_COMMAND: KubectlCommand = commandFromHelp('cp', CP_HELP, runCp);
