// Reads manifests for -f: files, directories (their .yaml/.yml/.json files), or `-` (stdin);
// splits multi-document YAML and reports errors with kubectl's wording.

import { BUILT_IN_KINDS, isPlainObject, splitApiVersion, type Kinds, type KubeObject, type ResourceInfo } from '../../../engine/index.ts';
import { FsError, resolvePath, type VirtualFs } from '../../fs/virtual-fs.ts';
import { KubectlError } from '../command.ts';
import { decodeManifestDocuments } from './yaml-errors.ts';
import { downloadManifest } from './known-urls.ts';

export interface Manifest {
  /** The path as the user typed it (kubectl's messages quote it). */
  readonly source: string;
  readonly object: KubeObject;
  readonly info: ResourceInfo;
}

export interface ManifestSources {
  readonly fs: VirtualFs;
  readonly cwd: string;
  readonly home: string;
  readonly stdin: string;
  /** The server's discovery (`ctx.client.kinds()`), so custom resources map; built-in kinds only when absent. */
  readonly kinds?: Kinds;
}

const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Reads every document of every -f argument; throws KubectlError with kubectl's message on the first problem. */
export function readManifests(paths: readonly string[], src: ManifestSources, recursive = false): Manifest[] {
  const out: Manifest[] = [];
  for (const p of paths) {
    for (const [source, text] of readSources(p, src, recursive)) out.push(...parseManifestText(source, text, src.kinds));
  }
  return out;
}

function readSources(path: string, src: ManifestSources, recursive: boolean): Array<[string, string]> {
  if (path === '-') return [['STDIN', src.stdin]];
  if (/^https?:\/\//.test(path)) {
    const text = downloadManifest(path);
    if (text === undefined) throw new KubectlError(`unable to read URL "${path}", server reported 404 Not Found, status code=404`);
    return [[path, text]];
  }
  const abs = resolvePath(src.cwd, path, src.home);
  const stat = src.fs.stat(abs);
  if (!stat) throw new KubectlError(`the path "${path}" does not exist`);
  if (stat.type === 'file') return [[path, src.fs.readFile(abs)]];
  const out: Array<[string, string]> = [];
  for (const name of src.fs.readdir(abs)) {
    const child = `${path.replace(/\/$/, '')}/${name}`;
    const childStat = src.fs.stat(`${abs}/${name}`);
    if (childStat?.type === 'dir') {
      if (recursive) out.push(...readSources(child, src, recursive));
    } else if (MANIFEST_EXTENSIONS.some((e) => name.endsWith(e))) {
      out.push([child, src.fs.readFile(`${abs}/${name}`)]);
    }
  }
  return out;
}

export function parseManifestText(source: string, text: string, kinds: Kinds = BUILT_IN_KINDS): Manifest[] {
  const out: Manifest[] = [];
  for (const doc of decodeManifestDocuments(source, text)) {
    if (doc === null || doc === undefined) continue;
    if (!isPlainObject(doc)) throw invalidObject(source);
    const object = expandList(source, doc);
    for (const item of object) out.push({ source, object: item, info: infoFor(source, item, kinds) });
  }
  return out;
}

function expandList(source: string, doc: Record<string, unknown>): KubeObject[] {
  if (typeof doc.kind === 'string' && doc.kind.endsWith('List') && Array.isArray(doc.items)) {
    if (!doc.items.every(isPlainObject)) throw invalidObject(source);
    return doc.items.map(withMetadata);
  }
  return [withMetadata(doc)];
}

function invalidObject(source: string): KubectlError {
  return new KubectlError(`error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`);
}

/** metadata.name or .namespace as unstructured's GetName/GetNamespace read it: '' unless a string. */
export function metaString(obj: KubeObject, field: 'name' | 'namespace'): string {
  const value = (obj.metadata as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : '';
}

/** A missing or null `metadata` decodes as an empty ObjectMeta, as Go's decoder leaves it. */
function withMetadata(doc: Record<string, unknown>): KubeObject {
  return (doc.metadata === undefined || doc.metadata === null ? { ...doc, metadata: {} } : doc) as KubeObject;
}

function infoFor(source: string, obj: KubeObject, kinds: Kinds): ResourceInfo {
  const missing: string[] = [];
  if (typeof obj.apiVersion !== 'string' || obj.apiVersion === '') missing.push('apiVersion not set');
  if (typeof obj.kind !== 'string' || obj.kind === '') missing.push('kind not set');
  if (missing.length > 0) {
    // An aggregate of one error prints bare; of several, in brackets (utilerrors.Aggregate).
    const errors = missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
    throw new KubectlError(`error validating "${source}": error validating data: ${errors}; if you choose to ignore these errors, turn validation off with --validate=false`);
  }
  const { group, version } = splitApiVersion(obj.apiVersion);
  const info = kinds.resourceForKind(group, obj.kind);
  if (!info || !kinds.servesVersion(group, version, obj.kind)) {
    throw new KubectlError(`resource mapping not found for name: "${metaString(obj, 'name')}" namespace: "${metaString(obj, 'namespace')}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
  }
  return info;
}

export { FsError };
