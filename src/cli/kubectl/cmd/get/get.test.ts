import { beforeEach, describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../engine/index.ts';
import { kubectlHarness, type KubectlHarness } from '../../../testing/kubectl-harness.ts';

const pod = (name: string, namespace = 'default', labels: Record<string, string> = { run: name }): KubeObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace, labels },
  // A scheduler nobody runs: the pods stay Pending, so tables do not change under the tests.
  spec: { schedulerName: 'manual', containers: [{ name, image: 'nginx:1.27' }] },
});

const service = (name: string): KubeObject => ({
  apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' },
  spec: { selector: { app: name }, clusterIP: '10.96.0.20', ports: [{ port: 80, targetPort: 8080 }] },
});

let h: KubectlHarness;

beforeEach(() => {
  h = kubectlHarness();
});

const create = (obj: KubeObject): void => {
  h.cluster.client().create(obj.kind === 'Pod' ? '/pods' : '/services', obj);
};

describe('kubectl get: tables', () => {
  it('says so on stderr when nothing matches', () => {
    expect(h.run('kubectl get pods')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', code: 0 });
    expect(h.run('kubectl get pods -n kube-system').stderr).toBe('No resources found in kube-system namespace.\n');
    expect(h.run('kubectl get pods -A').stderr).toBe('No resources found\n');
    expect(h.run('kubectl get nodes').stderr).toBe('No resources found\n');
  });

  it('prints one table with aligned columns', () => {
    create(pod('nginx'));
    create(pod('a-much-longer-name'));
    h.cluster.advance(65_000);
    expect(h.run('kubectl get pods').stdout).toBe([
      'NAME                 READY   STATUS    RESTARTS   AGE',
      'a-much-longer-name   0/1     Pending   0          65s',
      'nginx                0/1     Pending   0          65s',
      '',
    ].join('\n'));
    expect(h.run('kubectl get pods --no-headers').stdout).toBe('a-much-longer-name   0/1   Pending   0     65s\nnginx                0/1   Pending   0     65s\n');
  });

  it('adds a NAMESPACE column across namespaces', () => {
    create(pod('web'));
    create(pod('dns', 'kube-system'));
    expect(h.run('kubectl get pods -A').stdout).toBe([
      'NAMESPACE     NAME   READY   STATUS    RESTARTS   AGE',
      'default       web    0/1     Pending   0          0s',
      'kube-system   dns    0/1     Pending   0          0s',
      '',
    ].join('\n'));
  });

  it('separates several types by a blank line and prefixes names with their kind', () => {
    create(pod('nginx'));
    create(service('web'));
    expect(h.run('kubectl get pods,svc').stdout).toBe([
      'NAME        READY   STATUS    RESTARTS   AGE',
      'pod/nginx   0/1     Pending   0          0s',
      '',
      'NAME          TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE',
      'service/web   ClusterIP   10.96.0.20   <none>        80/TCP    0s',
      '',
    ].join('\n'));
    expect(h.run('kubectl get svc').stdout).toBe('NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nweb    ClusterIP   10.96.0.20   <none>        80/TCP    0s\n');
    expect(h.run('kubectl get all').stdout.split('\n\n')).toHaveLength(2);
  });

  it('filters with label and field selectors', () => {
    create(pod('one', 'default', { tier: 'web' }));
    create(pod('two', 'default', { tier: 'db' }));
    expect(h.run('kubectl get pods -l tier=db -o name').stdout).toBe('pod/two\n');
    expect(h.run('kubectl get pods --field-selector metadata.name=one -o name').stdout).toBe('pod/one\n');
    expect(h.run('kubectl get pods -l tier=cache').stderr).toBe('No resources found in default namespace.\n');
  });

  it('shows labels and label columns', () => {
    create(pod('web', 'default', { app: 'web', tier: 'front' }));
    expect(h.run('kubectl get pods --show-labels').stdout.split('\n')[1]).toBe('web    0/1     Pending   0          0s    app=web,tier=front');
    expect(h.run('kubectl get pods -L tier,missing').stdout).toBe('NAME   READY   STATUS    RESTARTS   AGE   TIER    MISSING\nweb    0/1     Pending   0          0s    front   \n');
  });

  it('sorts with --sort-by', () => {
    create(pod('b'));
    h.cluster.advance(1000);
    create(pod('a'));
    expect(h.run('kubectl get pods --sort-by=.metadata.creationTimestamp -o name').stdout).toBe('pod/b\npod/a\n');
    expect(h.run('kubectl get pods --sort-by={.metadata.name} -o name').stdout).toBe('pod/a\npod/b\n');
    expect(h.run('kubectl get pods --sort-by=.spec.nope').stderr).toBe('error: couldn\'t find any field with path "{.spec.nope}" in the list of objects\n');
  });
});

describe('kubectl get: errors', () => {
  it('reports missing objects per name after printing the found ones', () => {
    create(pod('nginx'));
    expect(h.run('kubectl get pod x')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "x" not found\n', code: 1 });
    const both = h.run('kubectl get pods nginx y z');
    expect(both.stdout).toBe('NAME    READY   STATUS    RESTARTS   AGE\nnginx   0/1     Pending   0          0s\n');
    expect(both.stderr).toBe('Error from server (NotFound): pods "y" not found\nError from server (NotFound): pods "z" not found\n');
    expect(h.run('kubectl get pod x --ignore-not-found')).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('rejects unknown types and mixed argument forms with kubectl\'s messages', () => {
    expect(h.run('kubectl get foo').stderr).toBe('error: the server doesn\'t have a resource type "foo"\n');
    expect(h.run('kubectl get pods nginx -l app=x').stderr).toBe('error: name cannot be provided when a selector is specified\n');
    expect(h.run('kubectl get pods,svc nginx').stderr).toBe('error: you must specify only one resource\n');
    expect(h.run('kubectl get pod nginx -A').stderr).toBe('error: a resource cannot be retrieved by name across all namespaces\n');
    expect(h.run('kubectl get bindings').stderr).toBe('Error from server (MethodNotAllowed): the server does not allow this method on the requested resource\n');
    expect(h.run('kubectl get pods -o yaml --show-labels').stderr).toBe('error: --show-labels option cannot be used with yaml printer\n');
  });

  it('asks for a resource type', () => {
    expect(h.run('kubectl get')).toEqual({
      stdout: '',
      stderr: 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
        'error: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
        "See 'kubectl get -h' for help and examples\n",
      code: 1,
    });
  });
});

describe('kubectl get: output formats', () => {
  beforeEach(() => create(pod('nginx')));

  it('prints one object for one name and a List otherwise', () => {
    const one = h.run('kubectl get pod nginx -o yaml').stdout;
    expect(one.startsWith('apiVersion: v1\nkind: Pod\nmetadata:\n')).toBe(true);
    const list = h.run('kubectl get pods -o yaml').stdout;
    expect(list.startsWith('apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\n')).toBe(true);
    expect(list.endsWith('kind: List\nmetadata:\n  resourceVersion: ""\n')).toBe(true);
    expect(h.run('kubectl get services -o json').stdout).toBe('{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n');
  });

  it('prints names, JSONPath and custom columns', () => {
    expect(h.run('kubectl get pod/nginx -o name').stdout).toBe('pod/nginx\n');
    expect(h.run("kubectl get pods '-o=jsonpath={.items[*].metadata.name}'").stdout).toBe('nginx');
    expect(h.run("kubectl get pod nginx -o 'jsonpath={.spec.containers[0].image}{\"\\n\"}'").stdout).toBe('nginx:1.27\n');
    expect(h.run('kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName').stdout).toBe('NAME    NODE\nnginx   <none>\n');
  });

  it('reports printer errors with kubectl\'s text', () => {
    expect(h.run("kubectl get pods -o 'jsonpath={.items'").stderr).toBe('error: error parsing jsonpath {.items, unclosed action\n');
    expect(h.run('kubectl get pods -o jsonpath').stderr).toBe('error: template format specified but no template given\n');
    expect(h.run('kubectl get pods -o custom-columns=NAME').stderr).toBe('error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n');
    expect(h.run('kubectl get pods -o tabel').stderr).toContain('error: unable to match a printer suitable for the output format "tabel", allowed formats are: custom-columns,');
  });
});

describe('kubectl get --watch', () => {
  it('prints the table, then one row per change under it until Ctrl-C', () => {
    create(pod('web'));
    const run = h.run('kubectl get pods -w');
    expect(run.stdout).toBe('NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s\n');
    h.cluster.advance(3000);
    create(pod('second-with-long-name'));
    run.process!.poll(h.cluster.nowMs);
    expect(run.stdout).toBe('NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s\nsecond-with-long-name   0/1     Pending   0          0s\n');
    h.cluster.client().delete('/pods', 'default', 'web', { gracePeriodSeconds: 0 });
    run.process!.poll(h.cluster.nowMs);
    expect(run.stdout.split('\n').slice(-2)).toEqual(['web                     0/1     Pending   0          3s', '']);
    run.process!.cancel();
    expect(run.process!.done).toBe(true);
    expect(run.code).toBe(130);
  });

  it('prints the header with the first event when watching only', () => {
    const run = h.run('kubectl get pods --watch-only --output-watch-events');
    expect(run.stdout).toBe('');
    create(pod('web'));
    run.process!.poll(h.cluster.nowMs);
    expect(run.stdout).toBe('EVENT      NAME   READY   STATUS    RESTARTS   AGE\nADDED      web    0/1     Pending   0          0s\n');
    run.process!.cancel();
  });
});
