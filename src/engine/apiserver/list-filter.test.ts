import { describe, expect, it } from 'vitest';
import { isStatusError } from '../api/errors.ts';
import { resourceByName } from '../api/kinds.ts';
import type { KubeObject } from '../api/types.ts';
import { compileListFilter, type ListOptions } from './list-filter.ts';
import { strategyFor } from './registry/index.ts';

const PODS = resourceByName('', 'pods')!;
const NODES = resourceByName('', 'nodes')!;
const CONFIGMAPS = resourceByName('', 'configmaps')!;
const DEPLOYMENTS = resourceByName('apps', 'deployments')!;

const filterOf = (info: typeof PODS, opts: ListOptions): ((obj: KubeObject) => boolean) => compileListFilter(info, strategyFor(info), opts);

function messageOf(info: typeof PODS, opts: ListOptions): string {
  try {
    filterOf(info, opts);
  } catch (e) {
    if (isStatusError(e)) return `${e.status.reason}: ${e.status.message}`;
    throw e;
  }
  throw new Error('expected a BadRequest');
}

const pod = (name: string, labels: Record<string, string>, nodeName = ''): KubeObject =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels }, spec: { nodeName, containers: [] } });

describe('compileListFilter', () => {
  it('filters by label and field selectors together', () => {
    const keep = filterOf(PODS, { labelSelector: 'app in (web,db),!legacy', fieldSelector: 'spec.nodeName=n\\,1' });
    expect(keep(pod('a', { app: 'web' }, 'n,1'))).toBe(true);
    expect(keep(pod('b', { app: 'web' }, 'n2'))).toBe(false);
    expect(keep(pod('c', { app: 'web', legacy: 'y' }, 'n,1'))).toBe(false);
    expect(keep(pod('d', {}, 'n,1'))).toBe(false);
  });

  it('reports a label selector that does not parse once, with kubectl list context', () => {
    expect(messageOf(PODS, { labelSelector: 'app in (a' })).toBe(
      'BadRequest: Unable to find "/v1, Resource=pods" that match label selector "app in (a", field selector "": unable to parse requirement: found \'\', expected: \',\' or \')\'');
  });

  it('quotes both selectors as Go does', () => {
    expect(messageOf(PODS, { labelSelector: 'a "b"', fieldSelector: 'a' })).toBe(
      'BadRequest: Unable to find "/v1, Resource=pods" that match label selector "a \\"b\\"", field selector "a": unable to parse requirement: found \'"b"\', expected: in, notin, =, ==, !=, gt, lt');
  });

  it('parses the label selector before the field selector', () => {
    expect(messageOf(PODS, { labelSelector: '!', fieldSelector: 'a' })).toBe(
      'BadRequest: Unable to find "/v1, Resource=pods" that match label selector "!", field selector "a": unable to parse requirement: found \'\', expected: identifier');
    expect(messageOf(PODS, { fieldSelector: 'a=b=c' })).toBe(
      'BadRequest: Unable to find "/v1, Resource=pods" that match label selector "", field selector "a=b=c": invalid field selector: unescaped character in value: 61');
  });

  it('rejects fields the kind does not register, naming the first in sorted order', () => {
    expect(messageOf(PODS, { fieldSelector: 'spec.foo=bar,spec.bar=foo' })).toBe(
      'BadRequest: Unable to find "/v1, Resource=pods" that match label selector "", field selector "spec.foo=bar,spec.bar=foo": field label not supported: spec.bar');
  });

  it('answers with the default conversion for kinds that register none', () => {
    expect(messageOf(CONFIGMAPS, { fieldSelector: 'spec.foo=x' })).toBe(
      'BadRequest: Unable to find "/v1, Resource=configmaps" that match label selector "", field selector "spec.foo=x": "spec.foo" is not a known field selector: only "metadata.name", "metadata.namespace"');
    expect(messageOf(DEPLOYMENTS, { labelSelector: 'app', fieldSelector: 'status.replicas=1' })).toBe(
      'BadRequest: Unable to find "apps/v1, Resource=deployments" that match label selector "app", field selector "status.replicas=1": "status.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"');
    expect(() => filterOf(CONFIGMAPS, { fieldSelector: 'metadata.namespace=default,metadata.name!=x' })).not.toThrow();
  });

  it('takes no metadata.namespace on a cluster-scoped kind with its own conversion', () => {
    expect(messageOf(NODES, { fieldSelector: 'metadata.namespace=' })).toBe(
      'BadRequest: Unable to find "/v1, Resource=nodes" that match label selector "", field selector "metadata.namespace=": field label not supported: metadata.namespace');
    expect(messageOf(NODES, { fieldSelector: 'constructor=x' })).toBe(
      'BadRequest: Unable to find "/v1, Resource=nodes" that match label selector "", field selector "constructor=x": field label not supported: constructor');
  });
});
