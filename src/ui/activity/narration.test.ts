import { describe, expect, it } from 'vitest';
import type { ActivityEntry, ActivityKey } from '../../worker/host/api.ts';
import { LANGS } from '../i18n.ts';
import { EN_TEMPLATES, FR_TEMPLATES } from './narration-templates.ts';
import { narrate, narrationText } from './narration.ts';

const entry = (key: ActivityKey, params: ActivityEntry['params'] = {}, over: Partial<ActivityEntry> = {}): ActivityEntry => {
  const [actor, action] = key.split('.') as [ActivityEntry['actor'], ActivityEntry['action']];
  return { seq: 1, timeMs: 0, actor, action, object: { kind: 'Pod', namespace: 'default', name: 'web-7d9c-abcde' }, params, ...over };
};

/** Every parameter a template may name. */
const ALL_PARAMS = {
  verb: 'create', op: 'create', resource: 'pods', node: 'k8s-worker-2', image: 'nginx', container: 'web', feasible: 3, total: 4,
  candidates: 3, score: 200, resourceVersion: '42', reason: 'Scheduled', message: 'boom', plugins: 'TaintToleration', endpoints: 2, ip: '192.168.1.2',
};

describe('narration', () => {
  it('has a French and an English sentence for every actor and action', () => {
    const keys = Object.keys(FR_TEMPLATES.sentences).sort();
    expect(Object.keys(EN_TEMPLATES.sentences).sort()).toEqual(keys);
    expect(Object.keys(EN_TEMPLATES.verbs).sort()).toEqual(Object.keys(FR_TEMPLATES.verbs).sort());
    for (const key of keys as ActivityKey[]) {
      for (const lang of LANGS) {
        const text = narrationText(entry(key, ALL_PARAMS, { detail: 'k8s-worker-2' }), lang);
        expect(text.length, `${lang} ${key}`).toBeGreaterThan(10);
        expect(text, `${lang} ${key}`).not.toMatch(/[{}]|undefined/);
      }
    }
  });

  it('tells the scheduler\'s binding as the course says it', () => {
    const bind = entry('kube-scheduler.bind', { node: 'k8s-worker-2' });
    expect(narrationText(bind, 'fr')).toBe('Le scheduler a assigné default/web-7d9c-abcde au nœud k8s-worker-2');
    expect(narrationText(bind, 'en')).toBe('The scheduler bound default/web-7d9c-abcde to node k8s-worker-2');
  });

  it('makes the object a segment of its own, to click', () => {
    const segments = narrate(entry('kubelet.start', { container: 'web' }, { detail: 'k8s-worker-1' }), 'en');
    expect(segments).toEqual([
      { text: 'The kubelet on k8s-worker-1 started container web of Pod ' },
      { text: 'default/web-7d9c-abcde', object: { kind: 'Pod', namespace: 'default', name: 'web-7d9c-abcde' } },
    ]);
  });

  it('spells a request\'s verb, subresource and namespace out', () => {
    const create = entry('kubectl.request', { verb: 'create', resource: 'pods' });
    expect(narrationText(create, 'fr')).toBe('kubectl demande à l’API server de créer le Pod default/web-7d9c-abcde');
    const list = entry('kubectl.request', { verb: 'list', resource: 'pods' }, { object: { kind: 'Pod', namespace: 'dev', name: '' } });
    expect(narrationText(list, 'fr')).toBe('kubectl demande à l’API server de lister les pods du namespace dev');
    expect(narrationText(list, 'en')).toBe('kubectl asks the API server to list pods in namespace dev');
    const refused = entry('kube-apiserver.reject', { verb: 'list', message: 'forbidden' }, { object: { kind: 'Pod', namespace: 'dev', name: '' } });
    expect(narrate(refused, 'en')).toEqual([{ text: 'The API server rejects the request on Pod dev: forbidden' }]);
    const status = entry('kubelet.request', { verb: 'update', subresource: 'status' }, { detail: 'k8s-worker-1' });
    expect(narrationText(status, 'en')).toBe('The kubelet on k8s-worker-1 asks the API server to update the status of Pod default/web-7d9c-abcde');
    expect(narrationText(status, 'fr')).toBe('Le kubelet de k8s-worker-1 demande à l’API server de mettre à jour le statut du Pod default/web-7d9c-abcde');
    const slice = entry('etcd.persist', { op: 'update', resourceVersion: '7' }, { object: { kind: 'EndpointSlice', namespace: 'default', name: 'web-x' } });
    expect(narrationText(slice, 'fr')).toBe('etcd met à jour l’EndpointSlice default/web-x (resourceVersion 7)');
  });

  it('notes a dry run and the pod\'s address only when there is one', () => {
    expect(narrationText(entry('kube-apiserver.admit', { verb: 'create', dryRun: true }), 'en')).toMatch(/\(dry run: nothing is stored\)$/);
    expect(narrationText(entry('kube-apiserver.admit', { verb: 'create' }), 'en')).toMatch(/web-7d9c-abcde$/);
    expect(narrationText(entry('kubelet.sandbox', {}, { detail: 'n1' }), 'en')).toMatch(/web-7d9c-abcde$/);
  });
});
