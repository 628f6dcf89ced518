// `kubectl create deployment|job|cronjob`: the objects kubectl's generators build
// (create_deployment.go, create_job.go, create_cronjob.go).

import { resolveResource, type KubeObject } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { flagInt, flagList, flagString } from '../../flags.ts';
import { CREATE_CRONJOB_HELP, CREATE_DEPLOYMENT_HELP, CREATE_JOB_HELP } from './help-workloads.ts';
import { newObject, type GeneratorInput, type GeneratorSpec } from './generator.ts';

export const ERR_IMAGES_AND_COMMAND = 'cannot specify multiple --image options and command';
export const ERR_JOB_IMAGE_OR_FROM = 'either --image or --from must be specified';
export const ERR_JOB_FROM_AND_COMMAND = 'cannot specify --from and command';
export const ERR_JOB_FROM_CRONJOB = 'from must be an existing cronjob';
/** `%T` of the typed object: Go names the type by its package (k8s.io/api/apps/v1 is `v1`), not by the import alias. */
export const ERR_JOB_FROM_TYPE = (kind: string, version: string): string => `unknown object type *${version}.${kind}`;

/** utilrand's alphabet, for the suffix sanitizeAndUniquify adds. */
const RAND_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export const DEPLOYMENT_GENERATOR: GeneratorSpec = {
  name: 'deployment', path: 'kubectl create deployment', help: CREATE_DEPLOYMENT_HELP, resource: 'apps/deployments',
  requiredFlags: ['image'], wrap: 'failed to create deployment: ',
  build: ({ ctx, parsed, name, command }) => {
    const images = flagList(parsed, 'image');
    if (images.length > 1 && command.length > 0) throw new KubectlError(ERR_IMAGES_AND_COMMAND);
    const labels = { app: name };
    const containers = images.map((image) => ({
      ...(command.length > 0 ? { command: [...command] } : {}),
      image, name: containerName(ctx, image), resources: {},
    }));
    const port = flagInt(parsed, 'port') ?? -1;
    if (port >= 0 && containers.length > 0) Object.assign(containers[0]!, { ports: [{ containerPort: port }] });
    return newObject('apps/v1', 'Deployment', name, {
      spec: {
        replicas: flagInt(parsed, 'replicas') ?? 1,
        selector: { matchLabels: { ...labels } },
        strategy: {},
        template: { metadata: { creationTimestamp: null, labels: { ...labels } }, spec: { containers } },
      },
      status: {},
    }, { labels });
  },
};

/** The container name kubectl derives from an image reference. */
function containerName(ctx: KubectlContext, image: string): string {
  let name = image.split('/').pop() ?? image;
  name = name.split(':')[0]!.split('@')[0]!;
  if (!/[_.]/.test(name)) return name;
  let suffix = '';
  for (let i = 0; i < 5; i++) suffix += RAND_ALPHABET[ctx.cluster.rand.int(RAND_ALPHABET.length)];
  return `${name.replace(/[_.]/g, '-')}-${suffix}`;
}

function podTemplate(name: string, image: string, command: readonly string[], restartPolicy: string): object {
  return {
    metadata: { creationTimestamp: null },
    spec: {
      containers: [{ ...(command.length > 0 ? { command: [...command] } : {}), image, name, resources: {} }],
      ...(restartPolicy ? { restartPolicy } : {}),
    },
  };
}

export const JOB_GENERATOR: GeneratorSpec = {
  name: 'job', path: 'kubectl create job', help: CREATE_JOB_HELP, resource: 'batch/jobs', wrap: 'failed to create job: ',
  build: (input) => {
    const { parsed, name, command } = input;
    const image = flagString(parsed, 'image');
    const from = flagString(parsed, 'from');
    if (image === '' && from === '') throw new KubectlError(ERR_JOB_IMAGE_OR_FROM);
    if (from !== '' && command.length > 0) throw new KubectlError(ERR_JOB_FROM_AND_COMMAND);
    if (from !== '') return jobFromCronJob(input, from);
    return newObject('batch/v1', 'Job', name, { spec: { template: podTemplate(name, image, command, 'Never') }, status: {} });
  },
};

function jobFromCronJob({ ctx, name }: GeneratorInput, from: string): KubeObject {
  const slash = from.indexOf('/');
  const info = slash > 0 ? resolveResource(from.slice(0, slash)) : undefined;
  if (!info) throw new KubectlError(slash > 0 ? `the server doesn't have a resource type "${from.slice(0, slash)}"` : ERR_JOB_FROM_CRONJOB);
  const source = ctx.client.server.get(info, ctx.namespace, from.slice(slash + 1));
  if (info.kind !== 'CronJob') throw new KubectlError(ERR_JOB_FROM_TYPE(info.kind, info.version));
  const template = ((source.spec as { jobTemplate?: { metadata?: { annotations?: Record<string, string>; labels?: Record<string, string> }; spec?: unknown } } | undefined)?.jobTemplate) ?? {};
  const job = newObject('batch/v1', 'Job', name, { spec: template.spec ?? {}, status: {} });
  job.metadata.annotations = { 'cronjob.kubernetes.io/instantiate': 'manual', ...(template.metadata?.annotations ?? {}) };
  if (template.metadata?.labels) job.metadata.labels = { ...template.metadata.labels };
  job.metadata.ownerReferences = [{ apiVersion: 'batch/v1', controller: true, kind: 'CronJob', name: source.metadata.name ?? '', uid: source.metadata.uid ?? '' }];
  return job;
}

export const CRONJOB_GENERATOR: GeneratorSpec = {
  name: 'cronjob', path: 'kubectl create cronjob', help: CREATE_CRONJOB_HELP, resource: 'batch/cronjobs',
  requiredFlags: ['image', 'schedule'], wrap: 'failed to create cronjob: ',
  build: ({ parsed, name, command }) => newObject('batch/v1', 'CronJob', name, {
    spec: {
      jobTemplate: {
        metadata: { creationTimestamp: null, name },
        spec: { template: podTemplate(name, flagString(parsed, 'image'), command, flagString(parsed, 'restart') || 'OnFailure') },
      },
      schedule: flagString(parsed, 'schedule'),
    },
    status: {},
  }),
};
