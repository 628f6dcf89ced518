// Decodes manifest text the way kubectl v1.31 does (JSON stream if it starts with `{`, else YAML
// split on `---` lines, each part read by go-yaml v2) and words every failure like kubectl:
// js-yaml does the parsing; its errors are translated into go-yaml's message and line number.

import { loadAll, YAMLException } from 'js-yaml';
import { KubectlError } from '../command.ts';
import { flowCollectionError, isBlankz, type GoYamlError } from './yaml-errors-flow.ts';
import { nextJsonValue } from './yaml-errors-json.ts';
import { enclosingKind, scanBlock, type BlockScan, type Span } from './yaml-errors-scan.ts';
import { GO_YAML_SCHEMA, unsupportedJsonValue } from './yaml-schema.ts';

type Decoded = { readonly value: unknown } | { readonly error: string };
type Mapped = { readonly error: string } | { readonly retry: string };

const TO_JSON = 'error converting YAML to JSON: ';
const CONTROL_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/** Yields each document of a manifest file (null for empty ones); throws kubectl's `error parsing` error. */
export function* decodeManifestDocuments(source: string, text: string): Generator<unknown> {
  const body = text.replace(/^\uFEFF/, '');
  const fail = (message: string) => new KubectlError(`error parsing ${source}: ${message}`);
  if (body.trimStart().startsWith('{')) {
    for (let step = nextJsonValue(body, 0); step; step = nextJsonValue(body, step.end)) {
      if ('error' in step) throw fail(step.error);
      yield step.value;
    }
    return;
  }
  for (const chunk of yamlChunks(body)) {
    if (typeof chunk !== 'string') throw fail(chunk.error);
    const doc = decodeYamlDocument(chunk);
    if ('error' in doc) throw fail(doc.error);
    yield doc.value;
  }
}

/** apimachinery's YAMLReader: lines starting with `---` end a document (and are dropped unless first). */
function* yamlChunks(text: string): Generator<string | { readonly error: string }> {
  const lines = text.split('\n');
  const last = lines.pop()!;
  let buffer = '';
  for (const line of [...lines.map((l) => l.replace(/\r$/, '')), ...(last ? [last] : [])]) {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest && !rest.startsWith('#')) {
        yield { error: `invalid Yaml document separator: ${rest}` };
        return;
      }
      if (buffer) {
        yield buffer;
        buffer = '';
        continue;
      }
    }
    buffer += `${line}\n`;
  }
  if (buffer) yield buffer;
}

/** sigs.k8s.io/yaml.Unmarshal of one document: go-yaml reads only up to the first `...`. */
function decodeYamlDocument(chunk: string): Decoded {
  if (CONTROL_CHARS.test(chunk)) return { error: `${TO_JSON}yaml: control characters are not allowed` };
  const end = /^\.\.\.([ \t].*)?$/m.exec(chunk);
  const text = end ? chunk.slice(0, end.index) : chunk;
  const directives = /^(?:(?:%.*|[ \t]*(?:#.*)?)\n)*/.exec(text)![0];
  if (/^%/m.test(directives)) return { error: goText(text, { pos: directives.length, message: 'did not find expected <document start>', scanner: false }) };
  return decodeText(text, 0);
}

function decodeText(text: string, retries: number): Decoded {
  const scan = scanBlock(text);
  let docs: unknown[] = [];
  let error: YAMLException | undefined;
  try {
    docs = loadAll(text, { schema: GO_YAML_SCHEMA, json: true });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    error = e;
  }
  // Raised by yaml-schema.ts while building values: go-yaml reports these only once parsing succeeded.
  const decodeError = error && /^(invalid map key: |map merge requires|unsupported map key)/.test(error.reason) ? error.reason : undefined;
  if (scan.issue && (!error || decodeError || scan.issue.pos <= (error.mark?.position ?? 0))) return { error: goText(text, scan.issue) };
  if (decodeError) return { error: `${TO_JSON}${decodeError.startsWith('unsupported') ? '' : 'yaml: '}${decodeError}` };
  if (error) {
    const mapped = mapJsError(text, scan, error);
    if ('error' in mapped) return mapped;
    if (retries < 3 && mapped.retry !== text) return decodeText(mapped.retry, retries + 1);
    return { error: goText(text, { pos: error.mark?.position ?? 0, message: error.reason, scanner: true }) };
  }
  const value = docs[0] ?? null;
  const unsupported = unsupportedJsonValue(value);
  return unsupported ? { error: `${TO_JSON}${unsupported}` } : { value };
}

/** go-yaml prints a scanner error's 1-based line, a parser error's 0-based one, and no line for line 0. */
function goText(text: string, err: GoYamlError): string {
  const line = text.slice(0, err.pos).split('\n').length - 1;
  const shown = err.scanner ? (line === 0 ? 0 : line + 1) : line;
  return `${TO_JSON}yaml: ${shown ? `line ${shown}: ` : ''}${err.message}`;
}

function mapJsError(text: string, scan: BlockScan, e: YAMLException): Mapped {
  const pos = e.mark?.position ?? 0;
  const at = (p: number, message: string): Mapped => ({ error: goText(text, { pos: p, message, scanner: true }) });
  const reason = e.reason;
  switch (reason) {
    case 'bad indentation of a mapping entry':
    case 'bad indentation of a sequence entry':
    case 'end of the stream or a document separator is expected':
      return unexpectedToken(text, scan, pos);
    case 'tab characters must not be used in indentation':
      return at(pos, 'found character that cannot start any token');
    case 'unknown escape sequence':
      return at(pos, 'found unknown escape character');
    case 'expected hexadecimal character':
      return at(pos, 'did not find expected hexdecimal number');
    case 'bad explicit indentation width of a block scalar; it cannot be less than one':
      return at(pos, 'found an indentation indicator equal to 0');
    case 'a line break is expected':
      return at(pos, 'did not find expected comment or line break');
    case 'can not read a block mapping entry; a multiline key may not be an implicit key':
      return at(pos, "could not find expected ':'");
    case "expected ':' after a mapping key":
      return at(pos + /^\s*/.exec(text.slice(pos))![0].length, "could not find expected ':'");
  }
  const alias = /^unidentified alias "(.*)"$/.exec(reason);
  if (alias) return unknownAlias(text, pos, alias[1]!);
  if (/^name of an (anchor|alias) node/.test(reason)) return at(pos, 'did not find expected alphabetic or numeric character');
  const span = scan.spans.find((s) => s.start <= pos && (s.end === undefined || pos < s.end));
  if (span && /^(deficient indentation|unexpected end of the|missed comma|expected the node content)/.test(reason)) return spanError(text, span);
  return at(pos, reason);
}

/** go-yaml's alias names are letters, digits, `_` and `-`: js-yaml reads further (`*name:`). */
function unknownAlias(text: string, pos: number, name: string): Mapped {
  const valid = /^[A-Za-z0-9_-]*/.exec(name)![0];
  if (valid === name) return { error: `${TO_JSON}yaml: unknown anchor '${name}' referenced` };
  const end = text.lastIndexOf('*', pos) + 1 + valid.length;
  const colon = text[end] === ':' && isBlankz(text[end + 1]);
  const message = colon ? 'mapping values are not allowed in this context' : 'did not find expected alphabetic or numeric character';
  return { error: goText(text, { pos: end, message, scanner: true }) };
}

/** A token go-yaml did not expect where it stands: which complaint depends on the enclosing block. */
function unexpectedToken(text: string, scan: BlockScan, pos: number): Mapped {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const col = pos - lineStart;
  const firstOnLine = /^ */.exec(text.slice(lineStart))![0].length === col;
  const c = text[pos];
  const scanner = (message: string): Mapped => ({ error: goText(text, { pos, message, scanner: true }) });
  if (c === ':') return scanner('mapping values are not allowed in this context');
  if (c === '-' && isBlankz(text[pos + 1]) && !firstOnLine) return scanner('block sequence entries are not allowed in this context');
  if (c === '@' || c === '`' || (c === '%' && col > 0)) return scanner('found character that cannot start any token');
  const line = text.slice(0, pos).split('\n').length - 1;
  const kind = enclosingKind(scan, line, col, firstOnLine);
  if (kind === 'none') return { retry: text.slice(0, lineStart) };
  const message = kind === 'seq' ? "did not find expected '-' indicator" : 'did not find expected key';
  return { error: goText(text, { pos, message, scanner: false }) };
}

/**
 * Inside a quoted scalar or flow collection go-yaml ignores indentation: an unclosed one runs to
 * the end of the document; a closed one that js-yaml only rejected for indentation is re-read indented.
 */
function spanError(text: string, span: Span): Mapped {
  if (span.kind === 'quote' && span.end === undefined) return { error: goText(text, { pos: text.length, message: 'found unexpected end of stream', scanner: true }) };
  const flow = span.kind === 'flow' ? flowCollectionError(text, span.start) : undefined;
  if (flow) return { error: goText(text, flow) };
  const end = span.end ?? text.length;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const need = /^ */.exec(text.slice(lineStart))![0].length + 1;
  const inner = text.slice(span.start, end).replace(/\n */g, (m) => (m.length > need ? m : `\n${' '.repeat(need)}`));
  return { retry: text.slice(0, span.start) + inner + text.slice(end) };
}
