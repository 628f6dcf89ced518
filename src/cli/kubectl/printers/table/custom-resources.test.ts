// kubectl over custom resources: the CRD's printer columns, discovery (api-resources, short names),
// apply through a merge patch, the strategic-merge refusal, and the kind gone with its CRD.

import { describe, expect, it } from 'vitest';
import { kubectlHarness, HARNESS_HOME } from '../../../testing/kubectl-harness.ts';

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget, shortNames: [wd]}
  versions:
  - name: v1
    served: true
    storage: true
    additionalPrinterColumns:
    - {name: Size, type: integer, jsonPath: .spec.size}
    - {name: Tags, type: string, jsonPath: .spec.tags}
    - {name: Note, type: string, jsonPath: .spec.note, priority: 1}
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            properties:
              size: {type: integer, maximum: 10}
              tags: {type: array, items: {type: string}}
              note: {type: string}
`;

const W1 = `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w1
spec:
  size: 3
  tags: [a, b]
`;

function setup() {
  const h = kubectlHarness();
  h.fs.writeFile(`${HARNESS_HOME}/crd.yaml`, CRD);
  h.fs.writeFile(`${HARNESS_HOME}/w1.yaml`, W1);
  expect(h.run('kubectl apply -f crd.yaml').stdout).toBe('customresourcedefinition.apiextensions.k8s.io/widgets.example.com created\n');
  return h;
}

describe('kubectl with custom resources', () => {
  it('refuses a custom resource until its CRD is established', () => {
    const h = setup();
    expect(h.run('kubectl apply -f w1.yaml')).toMatchObject({
      code: 1,
      stderr: 'error: resource mapping not found for name: "w1" namespace: "" from "w1.yaml": no matches for kind "Widget" in version "example.com/v1"\nensure CRDs are installed first\n',
    });
    h.cluster.advance(1_000);
    expect(h.run('kubectl apply -f w1.yaml').stdout).toBe('widget.example.com/w1 created\n');
  });

  it('prints the printer columns, wide ones with -o wide', () => {
    const h = setup();
    h.cluster.advance(1_000);
    h.run('kubectl apply -f w1.yaml');
    h.cluster.advance(5_000);
    expect(h.run('kubectl get wd').stdout).toBe('NAME   SIZE   TAGS\nw1     3      ["a","b"]\n');
    expect(h.run('kubectl get widgets.example.com -o wide').stdout).toBe('NAME   SIZE   TAGS        NOTE\nw1     3      ["a","b"]   \n');
    expect(h.run('kubectl get crd').stdout).toMatch(/^NAME {18}CREATED AT\nwidgets\.example\.com {3}\d{4}-/);
  });

  it('lists the kind in api-resources', () => {
    const h = setup();
    h.cluster.advance(1_000);
    expect(h.run('kubectl api-resources --api-group=example.com').stdout)
      .toBe('NAME      SHORTNAMES   APIVERSION       NAMESPACED   KIND\nwidgets   wd           example.com/v1   true         Widget\n');
    expect(h.run('kubectl api-versions').stdout).toContain('example.com/v1\n');
  });

  it('applies changes with a merge patch and refuses strategic merge patches', () => {
    const h = setup();
    h.cluster.advance(1_000);
    h.run('kubectl apply -f w1.yaml');
    h.fs.writeFile(`${HARNESS_HOME}/w1.yaml`, W1.replace('size: 3', 'size: 4').replace('tags: [a, b]', 'tags: [c]'));
    expect(h.run('kubectl apply -f w1.yaml').stdout).toBe('widget.example.com/w1 configured\n');
    expect(h.run('kubectl get wd w1 -o jsonpath={.spec}').stdout).toBe('{"size":4,"tags":["c"]}');
    expect(h.run(`kubectl patch wd w1 -p {"spec":{"size":5}}`).stderr).toBe(
      'error: application/strategic-merge-patch+json is not supported by example.com/v1, Kind=Widget: the body of the request was in an unknown format'
      + ' - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml\n');
    expect(h.run(`kubectl patch wd w1 --type merge -p {"spec":{"size":5}}`).stdout).toBe('widget.example.com/w1 patched\n');
  });

  it('forgets the kind once its CRD is deleted', () => {
    const h = setup();
    h.cluster.advance(1_000);
    h.run('kubectl apply -f w1.yaml');
    expect(h.run('kubectl delete crd widgets.example.com').stdout).toBe('customresourcedefinition.apiextensions.k8s.io "widgets.example.com" deleted\n');
    h.cluster.runUntilIdle();
    expect(h.run('kubectl get widgets').stderr).toBe('error: the server doesn\'t have a resource type "widgets"\n');
  });
});
