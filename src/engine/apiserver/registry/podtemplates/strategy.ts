// The PodTemplate strategy: the embedded template gets the pod-spec defaults and is validated
// under `template.…`. Mirrors pkg/registry/core/podtemplate and ValidatePodTemplate (v1.31).

import type { ResourceStrategy } from '../../strategy.ts';
import { defaultPodTemplate } from '../podtemplate/defaults.ts';
import { validatePodTemplateSpec } from '../podtemplate/validation.ts';

export const podTemplateStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: false,
  default(pt) {
    pt.template ??= {};
    defaultPodTemplate(pt, pt.template);
  },
  validate: (pt) => validatePodTemplateSpec(pt.template, 'template'),
  validateUpdate: (pt) => validatePodTemplateSpec(pt.template, 'template'),
};
