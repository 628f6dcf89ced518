import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../engine/index.ts';
import type { KubectlContext } from '../command.ts';
import { ObjectPrinter, printObjects } from './object-printer.ts';
import { OBJECT_OUTPUT_FORMATS, parseOutputFormat } from './print-flags.ts';

const cm = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data: { 'a&b': '<x>' } });
const deploy: KubeObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } };

function capture(output: string, objects: KubeObject[], operation?: string): { out: string; err?: string } {
  let out = '';
  const ctx = { io: { stdin: '', stdout: { write: (t: string) => { out += t; } }, stderr: { write: () => undefined } }, cwd: '/', home: '/' } as unknown as KubectlContext;
  try {
    printObjects(ctx, objects, output, operation === undefined ? {} : { operation });
  } catch (e) {
    return { out, err: (e as Error).message };
  }
  return { out };
}

describe('printObjects (for -o on mutating commands)', () => {
  it('separates YAML documents with ---', () => {
    expect(capture('yaml', [cm('a'), cm('b')]).out).toBe([
      'apiVersion: v1', 'data:', '  a&b: <x>', 'kind: ConfigMap', 'metadata:', '  name: a', '  namespace: default',
      '---', 'apiVersion: v1', 'data:', '  a&b: <x>', 'kind: ConfigMap', 'metadata:', '  name: b', '  namespace: default', '',
    ].join('\n'));
  });

  it('prints JSON like Go: sorted keys, 4 spaces, HTML-safe escapes', () => {
    expect(capture('json', [cm('a')]).out).toBe('{\n    "apiVersion": "v1",\n    "data": {\n        "a\\u0026b": "\\u003cx\\u003e"\n    },\n    "kind": "ConfigMap",\n    "metadata": {\n        "name": "a",\n        "namespace": "default"\n    }\n}\n');
  });

  it('prints kind/name with the operation', () => {
    expect(capture('name', [cm('a'), deploy], 'created (dry run)').out).toBe('configmap/a created (dry run)\ndeployment.apps/web created (dry run)\n');
  });

  it('runs JSONPath per object and rejects table formats', () => {
    expect(capture('jsonpath={.metadata.name}', [cm('a'), cm('b')]).out).toBe('ab');
    expect(capture('wide', [cm('a')]).err).toBe('unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml');
  });

  it('reports JSONPath execution errors with the object dump', () => {
    const format = parseOutputFormat('jsonpath={.data[0]}', { allowed: OBJECT_OUTPUT_FORMATS });
    if (format.kind === 'human') throw new Error('unexpected');
    expect(() => new ObjectPrinter(format).print(cm('a'))).toThrow(
      'error executing jsonpath "{.data[0]}": Error executing template: map[string]interface {} is not array or slice. Printing more information for debugging the template:\n' +
      '\ttemplate was:\n\t\t{.data[0]}\n\tobject given to jsonpath engine was:\n' +
      '\t\tmap[string]interface {}{"apiVersion":"v1", "data":map[string]interface {}{"a&b":"<x>"}, "kind":"ConfigMap", "metadata":map[string]interface {}{"name":"a", "namespace":"default"}}\n\n');
  });
});
