// The --help data of `kubectl create deployment`, `kubectl create job`, `kubectl create cronjob`, `kubectl create service`, `kubectl create service clusterip`, `kubectl create service nodeport`, `kubectl create service loadbalancer`, `kubectl create service externalname`, `kubectl create ingress`, `kubectl create poddisruptionbudget` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';
import { GENERATOR_FLAGS, TCP_FLAG } from '../../util/common-flags.ts';

export const CREATE_DEPLOYMENT_HELP: CommandHelp = {
  short: 'Create a deployment with the specified name',
  long: `Create a deployment with the specified name.`,
  aliases: ['deploy'],
  examples: `# Create a deployment named my-dep that runs the busybox image
kubectl create deployment my-dep --image=busybox

# Create a deployment with a command
kubectl create deployment my-dep --image=busybox -- date

# Create a deployment named my-dep that runs the nginx image with 3 replicas
kubectl create deployment my-dep --image=nginx --replicas=3

# Create a deployment named my-dep that runs the busybox image and expose port 5701
kubectl create deployment my-dep --image=busybox --port=5701

# Create a deployment named my-dep that runs multiple containers
kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx`,
  usage: 'kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'image', type: 'stringSlice', default: '', usage: 'Image names to run. A deployment can have multiple images set for multi-container pod.' },
    { name: 'port', type: 'int', default: -1, usage: 'The containerPort that this deployment exposes.' },
    { name: 'replicas', shorthand: 'r', type: 'int', default: 1, usage: 'Number of replicas to create. Default is 1.' },
  ],
};

export const CREATE_JOB_HELP: CommandHelp = {
  short: 'Create a job with the specified name',
  long: `Create a job with the specified name.`,
  examples: `# Create a job
kubectl create job my-job --image=busybox

# Create a job with a command
kubectl create job my-job --image=busybox -- date

# Create a job from a cron job named "a-cronjob"
kubectl create job test-job --from=cronjob/a-cronjob`,
  usage: 'kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'from', type: 'string', default: '', usage: 'The name of the resource to create a Job from (only cronjob is supported).' },
    { name: 'image', type: 'string', default: '', usage: 'Image name to run.' },
  ],
};

export const CREATE_CRONJOB_HELP: CommandHelp = {
  short: 'Create a cron job with the specified name',
  long: `Create a cron job with the specified name.`,
  aliases: ['cj'],
  examples: `# Create a cron job
kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *"

# Create a cron job with a command
kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *" -- date`,
  usage: 'kubectl create cronjob NAME --image=image --schedule=\'0/5 * * * ?\' -- [COMMAND] [args...] [flags] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'image', type: 'string', default: '', usage: 'Image name to run.' },
    { name: 'restart', type: 'string', default: '', usage: 'job\'s restart policy. supported values: OnFailure, Never' },
    { name: 'schedule', type: 'string', default: '', usage: 'A schedule in the Cron format the job should be run with.' },
  ],
};

export const CREATE_SERVICE_HELP: CommandHelp = {
  short: 'Create a service using a specified subcommand',
  long: `Create a service using a specified subcommand.`,
  aliases: ['svc'],
  usage: 'kubectl create service [flags] [options]',
  flags: [

  ],
};

export const CREATE_SERVICE_CLUSTERIP_HELP: CommandHelp = {
  short: 'Create a ClusterIP service',
  long: `Create a ClusterIP service with the specified name.`,
  examples: `# Create a new ClusterIP service named my-cs
kubectl create service clusterip my-cs --tcp=5678:8080

# Create a new ClusterIP service named my-cs (in headless mode)
kubectl create service clusterip my-cs --clusterip="None"`,
  usage: 'kubectl create service clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'clusterip', type: 'string', default: '', usage: 'Assign your own ClusterIP or set to \'None\' for a \'headless\' service (no loadbalancing).' },
    TCP_FLAG,
  ],
};

export const CREATE_SERVICE_NODEPORT_HELP: CommandHelp = {
  short: 'Create a NodePort service',
  long: `Create a NodePort service with the specified name.`,
  examples: `# Create a new NodePort service named my-ns
kubectl create service nodeport my-ns --tcp=5678:8080`,
  usage: 'kubectl create service nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'node-port', type: 'int', default: 0, usage: 'Port used to expose the service on each node in a cluster.' },
    TCP_FLAG,
  ],
};

export const CREATE_SERVICE_LOADBALANCER_HELP: CommandHelp = {
  short: 'Create a LoadBalancer service',
  long: `Create a LoadBalancer service with the specified name.`,
  examples: `# Create a new LoadBalancer service named my-lbs
kubectl create service loadbalancer my-lbs --tcp=5678:8080`,
  usage: 'kubectl create service loadbalancer NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    TCP_FLAG,
  ],
};

export const CREATE_SERVICE_EXTERNALNAME_HELP: CommandHelp = {
  short: 'Create an ExternalName service',
  long: `Create an ExternalName service with the specified name.

 ExternalName service references to an external DNS address instead of only pods, which will allow application authors to reference services that exist off platform, on other clusters, or locally.`,
  examples: `# Create a new ExternalName service named my-ns
kubectl create service externalname my-ns --external-name bar.com`,
  usage: 'kubectl create service externalname NAME --external-name external.name [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'external-name', type: 'string', default: '', usage: 'External name of service' },
    TCP_FLAG,
  ],
};

export const CREATE_INGRESS_HELP: CommandHelp = {
  short: 'Create an ingress with the specified name',
  long: `Create an ingress with the specified name.`,
  aliases: ['ing'],
  examples: `# Create a single ingress called 'simple' that directs requests to foo.com/bar to svc
# svc1:8080 with a TLS secret "my-cert"
kubectl create ingress simple --rule="foo.com/bar=svc1:8080,tls=my-cert"

# Create a catch all ingress of "/path" pointing to service svc:port and Ingress Class as "otheringress"
kubectl create ingress catch-all --class=otheringress --rule="/path=svc:port"

# Create an ingress with two annotations: ingress.annotation1 and ingress.annotations2
kubectl create ingress annotated --class=default --rule="foo.com/bar=svc:port" \\
--annotation ingress.annotation1=foo \\
--annotation ingress.annotation2=bla

# Create an ingress with the same host and multiple paths
kubectl create ingress multipath --class=default \\
--rule="foo.com/=svc:port" \\
--rule="foo.com/admin/=svcadmin:portadmin"

# Create an ingress with multiple hosts and the pathType as Prefix
kubectl create ingress ingress1 --class=default \\
--rule="foo.com/path*=svc:8080" \\
--rule="bar.com/admin*=svc2:http"

# Create an ingress with TLS enabled using the default ingress certificate and different path types
kubectl create ingress ingtls --class=default \\
--rule="foo.com/=svc:https,tls" \\
--rule="foo.com/path/subpath*=othersvc:8080"

# Create an ingress with TLS enabled using a specific secret and pathType as Prefix
kubectl create ingress ingsecret --class=default \\
--rule="foo.com/*=svc:8080,tls=secret1"

# Create an ingress with a default backend
kubectl create ingress ingdefault --class=default \\
--default-backend=defaultsvc:http \\
--rule="foo.com/*=svc:8080,tls=secret1"`,
  usage: 'kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'annotation', type: 'stringArray', default: '', usage: 'Annotation to insert in the ingress object, in the format annotation=value' },
    { name: 'class', type: 'string', default: '', usage: 'Ingress Class to be used' },
    { name: 'default-backend', type: 'string', default: '', usage: 'Default service for backend, in format of svcname:port' },
    { name: 'rule', type: 'stringArray', default: '', usage: 'Rule in format host/path=service:port[,tls=secretname]. Paths containing the leading character \'*\' are considered pathType=Prefix. tls argument is optional.' },
  ],
};

export const CREATE_PODDISRUPTIONBUDGET_HELP: CommandHelp = {
  short: 'Create a pod disruption budget with the specified name',
  long: `Create a pod disruption budget with the specified name, selector, and desired minimum available pods.`,
  aliases: ['pdb'],
  examples: `# Create a pod disruption budget named my-pdb that will select all pods with the app=rails label
# and require at least one of them being available at any point in time
kubectl create poddisruptionbudget my-pdb --selector=app=rails --min-available=1

# Create a pod disruption budget named my-pdb that will select all pods with the app=nginx label
# and require at least half of the pods selected to be available at any point in time
kubectl create pdb my-pdb --selector=app=nginx --min-available=50%`,
  usage: 'kubectl create poddisruptionbudget NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'max-unavailable', type: 'string', default: '', usage: 'The maximum number or percentage of unavailable pods this budget requires.' },
    { name: 'min-available', type: 'string', default: '', usage: 'The minimum number or percentage of available pods this budget requires.' },
    { name: 'selector', type: 'string', default: '', usage: 'A label selector to use for this budget. Only equality-based selector requirements are supported.' },
  ],
};
