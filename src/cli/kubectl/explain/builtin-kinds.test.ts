import { describe, expect, test } from 'vitest';
import { openApiDocument, resolveResource } from '../../../engine/index.ts';
import { explain } from './render.ts';

/** `kubectl explain <resource>[.<field>...]` against the built-in schemas. */
function run(spec: string, recursive = false) {
  const [name, ...path] = spec.split('.');
  const r = resolveResource(name!)!;
  return explain(path, { recursive }, { group: r.group, version: r.version, kind: r.kind }, openApiDocument(r.group, r.version)!);
}

const lines = (...text: string[]): string => text.join('\n');

describe('kubectl explain (outputs checked against kubectl v1.32.4, whose explain templates equal v1.31\'s)', () => {
  test('a kind: description and fields', () => {
    expect(run('pod')).toEqual({ ok: true, text: lines(
    "KIND:       Pod",
    "VERSION:    v1",
    "",
    "DESCRIPTION:",
    "    Pod is a collection of containers that can run on a host. This resource is",
    "    created by clients and scheduled onto hosts.",
    "    ",
    "FIELDS:",
    "  apiVersion\t<string>",
    "    APIVersion defines the versioned schema of this representation of an object.",
    "    Servers should convert recognized schemas to the latest internal value, and",
    "    may reject unrecognized values. More info:",
    "    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
    "",
    "  kind\t<string>",
    "    Kind is a string value representing the REST resource this object",
    "    represents. Servers may infer this from the endpoint the client submits",
    "    requests to. Cannot be updated. In CamelCase. More info:",
    "    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    "",
    "  metadata\t<ObjectMeta>",
    "    Standard object's metadata. More info:",
    "    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    "",
    "  spec\t<PodSpec>",
    "    Specification of the desired behavior of the pod. More info:",
    "    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
    "",
    "  status\t<PodStatus>",
    "    Most recently observed status of the pod. This data may not be up to date.",
    "    Populated by the system. Read-only. More info:",
    "    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
    "",
    "",
    ""
    ) });
  });

  test('a list field: its description, the item type\'s description, then the item\'s fields', () => {
    const result = run('pod.spec.containers');
    expect(result.ok).toBe(true);
    expect(result.text.split('\n').slice(0, 14)).toEqual([
      'KIND:       Pod',
      'VERSION:    v1',
      '',
      'FIELD: containers <[]Container>',
      '',
      '',
      'DESCRIPTION:',
      '    List of containers belonging to the pod. Containers cannot currently be',
      '    added or removed. There must be at least one container in a Pod. Cannot be',
      '    updated.',
      '    A single application container that you want to run within a pod.',
      '    ',
      'FIELDS:',
      '  args\t<[]string>',
    ]);
    expect(result.text).toContain(lines(
      '  imagePullPolicy\t<string>',
      '  enum: Always, IfNotPresent, Never',
      '    Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if',
      '    :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More',
      '    info: https://kubernetes.io/docs/concepts/containers/images#updating-images',
      '    ',
      '    Possible enum values:',
      '     - `"Always"` means that kubelet always attempts to pull the latest image.',
      '    Container will fail If the pull fails.',
    ));
    expect(result.text).toContain('  name\t<string> -required-\n');
  });

  test('a scalar field of a grouped kind', () => {
    expect(run('deployment.spec.replicas')).toEqual({ ok: true, text: lines(
      'GROUP:      apps',
      'KIND:       Deployment',
      'VERSION:    v1',
      '',
      'FIELD: replicas <integer>',
      '',
      '',
      'DESCRIPTION:',
      '    Number of desired pods. This is a pointer to distinguish between explicit',
      '    zero and not specified. Defaults to 1.',
      '    ',
      '',
      '',
    ) });
  });

  test('an enum field lists its values under ENUM', () => {
    expect(run('pod.spec.restartPolicy').text.split('\n').slice(3, 10)).toEqual([
      'FIELD: restartPolicy <string>', 'ENUM:', '    Always', '    Never', '    OnFailure', '', 'DESCRIPTION:',
    ]);
  });

  test('--recursive prints the field tree without descriptions', () => {
    expect(run('pod', true).text.split('\n').slice(0, 20)).toEqual([
      'KIND:       Pod',
      'VERSION:    v1',
      '',
      'DESCRIPTION:',
      '    Pod is a collection of containers that can run on a host. This resource is',
      '    created by clients and scheduled onto hosts.',
      '    ',
      'FIELDS:',
      '  apiVersion\t<string>',
      '  kind\t<string>',
      '  metadata\t<ObjectMeta>',
      '    annotations\t<map[string]string>',
      '    creationTimestamp\t<string>',
      '    deletionGracePeriodSeconds\t<integer>',
      '    deletionTimestamp\t<string>',
      '    finalizers\t<[]string>',
      '    generateName\t<string>',
      '    generation\t<integer>',
      '    labels\t<map[string]string>',
      '    managedFields\t<[]ManagedFieldsEntry>',
    ]);
  });

  test('an unknown field: the header is already printed, then the error', () => {
    expect(run('pod.spec.foo')).toEqual({ ok: false, text: lines('KIND:       Pod', 'VERSION:    v1', '', ''), error: 'error: field "foo" does not exist' });
    expect(run('pod.foo.bar')).toMatchObject({ ok: false, error: 'error: field "bar" does not exist' });
  });
});
