// Test helpers: a cluster view over plain objects, a check context around it, and a lesson built
// from inline texts.

import { matchesRequirements, parseLabelSelector, type KubeObject } from '../engine/index.ts';
import type { CheckContext, ClusterView } from './context.ts';
import { loadLesson } from './load.ts';
import type { Lesson } from './types.ts';

export function fakeCluster(objects: readonly KubeObject[]): ClusterView {
  const ofKind = (kind: string, namespace: string | undefined) =>
    objects.filter((o) => o.kind === kind && (namespace === undefined || (o.metadata.namespace ?? undefined) === namespace || o.metadata.namespace === undefined));
  return {
    get: (kind, namespace, name) => ofKind(kind, kind === 'Node' ? undefined : namespace ?? 'default').find((o) => o.metadata.name === name),
    list: (kind, namespace, selector) => ofKind(kind, namespace).filter((o) => selector === undefined || matchesRequirements(parseLabelSelector(selector), o.metadata.labels)),
  };
}

export function context(objects: readonly KubeObject[], extra: Partial<CheckContext> = {}): CheckContext {
  return { lang: 'fr', cluster: fakeCluster(objects), nowMs: 1_000_000, stepStartMs: 900_000, history: [], home: '/home/student', readFile: () => undefined, answers: {}, ...extra };
}

/** A one-step lesson whose step has the given checks (YAML list items) and labels. */
export function lessonWith(checksYaml: string, quiz = ''): Lesson {
  const ids = [...checksYaml.matchAll(/^- id: ([a-z0-9-]+)/gm)].map((m) => m[1]!);
  const prose = (lang: string) => `# T\n\n## S {#s}\n\n:::checks\n${ids.map((id) => `- ${id}: ${lang} ${id}`).join('\n')}\n:::\n\n:::hint\nh\n:::\n${quiz === '' ? '' : '\n:::quiz{#q}\nQ?\n- [a] A\n- [b] B\n:::\n'}`;
  const yaml = `id: t\nday: 2\nmodule: deployment\norder: 1\ncluster: { seed: 1 }\nsteps:\n  - id: s\n    solution: []\n${quiz}    checks:\n${checksYaml.replace(/^/gm, '      ')}\n`;
  const loaded = loadLesson({ dir: 'test', yaml, prose: { fr: prose('fr'), en: prose('en') } });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  return loaded.lesson;
}
