// The `Pod Template:` block of workload describers (describe.go DescribePodTemplate), one level in:
// labels, annotations, containers without status, volumes, node selectors and tolerations.

import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './common.ts';
import { describeContainers } from './containers.ts';
import { describeTopologySpreadConstraints } from './pod.ts';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.ts';
import { describeVolumes } from './volumes.ts';

export function describePodTemplate(w: PrefixWriter, template: PodTemplateSpec | undefined): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!template) {
    w.write(LEVEL_1, '<unset>');
    return;
  }
  const spec = template.spec;
  printLabelsMultiline(w, '  Labels', template.metadata?.labels);
  if (Object.keys(template.metadata?.annotations ?? {}).length > 0) printAnnotationsMultiline(w, '  Annotations', template.metadata?.annotations);
  if (spec?.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec?.initContainers ?? []).length > 0) describeContainers(w, 'Init Containers', spec!.initContainers!, undefined, undefined, '  ');
  describeContainers(w, 'Containers', spec?.containers ?? [], undefined, undefined, '  ');
  describeVolumes(w, spec?.volumes, '  ');
  describeTopologySpreadConstraints(w, spec?.topologySpreadConstraints, '  ');
  if (spec?.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabelsMultiline(w, '  Node-Selectors', spec?.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', spec?.tolerations);
}
