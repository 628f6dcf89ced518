import { describe, expect, it } from 'vitest';
import { compileJsonPath, executeJsonPath } from './template.ts';

const pods = {
  apiVersion: 'v1',
  kind: 'List',
  items: [
    {
      metadata: { name: 'web-1', labels: { 'app.kubernetes.io/name': 'web' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] },
      status: { conditions: [{ type: 'Initialized', status: 'True' }, { type: 'Ready', status: 'False' }], podIP: '10.0.0.1' },
    },
    {
      metadata: { name: 'web-2' },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }, { name: 'sidecar', image: 'busybox' }] },
      status: { conditions: [{ type: 'Ready', status: 'True' }] },
    },
  ],
};

const run = (tpl: string, data: unknown = pods, outputJson = false): string =>
  executeJsonPath(compileJsonPath(tpl), data, { allowMissingKeys: true, outputJson });

describe('kubectl JSONPath', () => {
  it('joins the results of one expression with spaces', () => {
    expect(run('{.items[*].metadata.name}')).toBe('web-1 web-2');
  });

  it('iterates with range/end', () => {
    expect(run('{range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}')).toBe('web-1\t10.0.0.1\nweb-2\t\n');
  });

  it('filters with [?()] and compares strings', () => {
    expect(run('{.items[*].status.conditions[?(@.type=="Ready")].status}')).toBe('False True');
    expect(run("{.items[?(@.metadata.name=='web-2')].spec.containers[*].name}")).toBe('nginx sidecar');
  });

  it('supports existence filters, indexes and slices', () => {
    expect(run('{.items[?(@.status.podIP)].metadata.name}')).toBe('web-1');
    expect(run('{.items[0].metadata.name}')).toBe('web-1');
    expect(run('{.items[-1:].metadata.name}')).toBe('web-2');
    expect(run('{.items[-1].metadata.name}')).toBe('web-2');
    expect(run('{.items[0,1].metadata.name}')).toBe('web-1 web-2');
  });

  it('reads label keys with escaped dots', () => {
    expect(run('{.items[0].metadata.labels.app\\.kubernetes\\.io/name}')).toBe('web');
  });

  it('descends recursively with ..', () => {
    expect(run('{..image}')).toBe('nginx:1.27 nginx:1.27 busybox');
  });

  it('prints maps and lists as compact JSON with sorted keys', () => {
    expect(run('{.items[0].spec.containers[0].ports}')).toBe('[{"containerPort":80}]');
    expect(run('{.items[0].metadata.labels}')).toBe('{"app.kubernetes.io/name":"web"}');
  });

  it('prints nothing for a missing key', () => {
    expect(run('{.items[0].spec.nodeName}')).toBe('');
  });

  it('outputs JSON arrays for jsonpath-as-json', () => {
    expect(run('{.items[*].metadata.name}', pods, true)).toBe('[\n    "web-1",\n    "web-2"\n]\n');
  });

  it('passes plain text through', () => {
    expect(run('name: {.items[1].metadata.name}!')).toBe('name: web-2!');
  });
});

describe('JSONPath errors (client-go messages)', () => {
  const parseError = (tpl: string): string => {
    try {
      compileJsonPath(tpl);
    } catch (e) {
      return (e as Error).message;
    }
    return '';
  };
  const execError = (tpl: string): string => {
    try {
      run(tpl);
    } catch (e) {
      return (e as Error).message;
    }
    return '';
  };

  it('reports parse errors', () => {
    expect(parseError('{.foo')).toBe('unclosed action');
    expect(parseError('{.items[0}')).toBe('unterminated array');
    expect(parseError('{.items[a]}')).toBe('invalid array index a');
    expect(parseError('{~}')).toBe("unrecognized character in action: U+007E '~'");
    expect(parseError('{.items[?(@.a=="x"}')).toBe('unterminated filter');
    expect(parseError('{"abc}')).toBe('unterminated quoted string');
  });

  it('reports execution errors', () => {
    expect(execError('{.items[5]}')).toBe('array index out of bounds: index 5, length 2');
    expect(execError('{.kind[0]}')).toBe('string is not array or slice');
    expect(execError('{end}')).toBe('not in range, nothing to end');
    expect(execError('{.items[?(@.metadata.name==1)]}')).toBe('incompatible types for comparison');
    expect(execError('{foo}')).toBe('unrecognized identifier foo');
  });
});
