import { describe, expect, it } from 'vitest';
import { createCluster, emptyProfile, isStatusError, type Cluster } from '../../index.ts';
import { widget, widgetCrd } from './testing.fixture.ts';

const CRDS = 'apiextensions.k8s.io/customresourcedefinitions' as const;
const WIDGETS = 'example.com/widgets' as const;

function clusterWithCrd(): Cluster {
  const c = createCluster({ seed: 1, profile: emptyProfile });
  c.runUntilIdle();
  c.client().create(CRDS, widgetCrd());
  return c;
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isStatusError(e)) return `${e.reason}: ${e.message}`;
    throw e;
  }
  throw new Error('no error');
}

describe('CustomResourceDefinitions', () => {
  it('serves the kind only once the CRD is established, about a second later', () => {
    const c = clusterWithCrd();
    expect(c.client().kinds().resourceForKind('example.com', 'Widget')).toBeUndefined();
    c.advance(999);
    expect(c.client().kinds().resourceForKind('example.com', 'Widget')).toBeUndefined();
    c.advance(1);
    const info = c.client().kinds().resolveResource('wd');
    expect(info).toMatchObject({ group: 'example.com', version: 'v1', resource: 'widgets', namespaced: true, categories: ['all'] });
    const crd = c.client().get(CRDS, undefined, 'widgets.example.com')!;
    expect((crd.status as { conditions: Array<{ type: string; status: string }> }).conditions.map((x) => `${x.type}=${x.status}`))
      .toEqual(['NamesAccepted=True', 'Established=True']);
    expect(crd.spec).toMatchObject({ conversion: { strategy: 'None' }, names: { listKind: 'WidgetList' } });
  });

  it('creates, defaults, prunes and validates custom resources against the schema', () => {
    const c = clusterWithCrd();
    c.advance(1_000);
    const created = c.client().create(WIDGETS, widget('a', { size: 3, extra: { anything: [1] } }));
    expect(created.spec).toEqual({ size: 3, extra: { anything: [1] }, mode: 'auto' });
    expect(created.metadata.generation).toBe(1);
    expect(errorOf(() => c.client().create(WIDGETS, widget('b', { size: 3, bogus: 1 }))))
      .toBe('BadRequest: Widget in version "v1" cannot be handled as a Widget: strict decoding error: unknown field "spec.bogus"');
    const info = c.client().kinds().resourceByName('example.com', 'widgets')!;
    expect(c.server.create(info, 'default', widget('b', { size: 3, bogus: 1 }), { fieldValidation: 'Ignore' }).spec).toEqual({ size: 3, mode: 'auto' });
    expect(errorOf(() => c.client().create(WIDGETS, widget('c', { size: 'big', color: 'green', code: 'A1' })))).toBe(
      'Invalid: Widget.example.com "c" is invalid: [spec.size: Invalid value: "string": spec.size in body must be of type integer: "string", '
      + 'spec.color: Unsupported value: "green": supported values: "red", "blue", spec.code: Invalid value: "A1": spec.code in body should match \'^[a-z]+$\']');
    expect(errorOf(() => c.client().create(WIDGETS, widget('d', { size: 11 }))))
      .toBe('Invalid: Widget.example.com "d" is invalid: spec.size: Invalid value: 11: spec.size in body should be less than or equal to 10');
    expect(errorOf(() => c.client().create(WIDGETS, widget('e', {}))))
      .toBe('Invalid: Widget.example.com "e" is invalid: spec.size: Required value');
  });

  it('keeps status apart when the status subresource is declared, and refuses strategic merge patches', () => {
    const c = clusterWithCrd();
    c.advance(1_000);
    const a = c.client().create(WIDGETS, { ...widget('a', { size: 3 }), status: { ready: true } });
    expect(a.status).toBeUndefined();
    const s = c.client().updateStatus(WIDGETS, { ...a, status: { ready: true } });
    expect(s.status).toEqual({ ready: true });
    const p = c.client().patch(WIDGETS, 'default', 'a', 'merge', { spec: { size: 4 }, status: { ready: false } });
    expect(p.spec).toMatchObject({ size: 4 });
    expect(p.status).toEqual({ ready: true });
    expect(p.metadata.generation).toBe(2);
    expect(errorOf(() => c.client().patch(WIDGETS, 'default', 'a', 'strategic', { spec: { size: 5 } })))
      .toMatch(/^UnsupportedMediaType: the body of the request was in an unknown format/);
  });

  it('deletes the custom resources with their CRD, which terminates meanwhile', () => {
    const c = clusterWithCrd();
    c.advance(1_000);
    c.client().create(WIDGETS, widget('a', { size: 3 }));
    c.client().delete(CRDS, undefined, 'widgets.example.com');
    const terminating = c.client().get(CRDS, undefined, 'widgets.example.com');
    expect(terminating?.metadata.finalizers).toEqual(['customresourcecleanup.apiextensions.k8s.io']);
    c.runUntilIdle();
    expect(c.client().get(CRDS, undefined, 'widgets.example.com')).toBeUndefined();
    expect(c.client().kinds().resourceByName('example.com', 'widgets')).toBeUndefined();
    expect(c.store.list('/registry/example.com/widgets/')).toEqual([]);
  });

  it('brings the kinds back with a snapshot, derived from the stored CRDs', () => {
    const c = clusterWithCrd();
    c.advance(1_000);
    const snap = c.snapshot();
    const d = createCluster({ seed: 1, profile: emptyProfile });
    expect(d.client().kinds().resourceByName('example.com', 'widgets')).toBeUndefined();
    d.restore(snap);
    expect(d.client().kinds().resourceByName('example.com', 'widgets')?.kind).toBe('Widget');
  });
});
