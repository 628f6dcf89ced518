// `kubectl create service clusterip|nodeport|loadbalancer|externalname` (create_service.go):
// a Service selecting `app=<name>` with one port per --tcp `<port>[:<targetPort>]`.

import { isDns1123Subdomain } from '../../../../engine/index.ts';
import { KubectlError } from '../../command.ts';
import { flagInt, flagList, flagString } from '../../flags.ts';
import {
  CREATE_SERVICE_CLUSTERIP_HELP, CREATE_SERVICE_EXTERNALNAME_HELP, CREATE_SERVICE_LOADBALANCER_HELP, CREATE_SERVICE_NODEPORT_HELP,
} from './help-workloads.ts';
import { newObject, type GeneratorInput, type GeneratorSpec } from './generator.ts';
import type { CommandHelp } from '../../util/help.ts';

export const ERR_NONE_ONLY_CLUSTERIP = 'ClusterIP=None can only be used with ClusterIP service type';
export const ERR_NO_TCP = 'at least one tcp port specifier must be provided';
export const ERR_EXTERNAL_NAME = (name: string): string => `invalid service external name ${name}`;
export const ERR_PORT_SYNTAX = (text: string): string => `strconv.ParseUint: parsing ${JSON.stringify(text)}: invalid syntax`;
export const ERR_PORT_RANGE = (text: string): string => `strconv.ParseUint: parsing ${JSON.stringify(text)}: value out of range`;
export const ERR_PORT_NUMBER = 'must be between 1 and 65535, inclusive';
export const ERR_PORT_NAME = 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)';

const ServiceType = { ClusterIP: 'ClusterIP', NodePort: 'NodePort', LoadBalancer: 'LoadBalancer', ExternalName: 'ExternalName' } as const;
type ServiceType = (typeof ServiceType)[keyof typeof ServiceType];

function parsePort(text: string): { port: number; targetPort: number | string } {
  const [first = '', second] = text.split(':');
  if (!/^\d+$/.test(first)) throw new KubectlError(ERR_PORT_SYNTAX(first));
  const port = Number(first);
  if (port > 65535) throw new KubectlError(ERR_PORT_RANGE(first));
  if (second === undefined) return { port, targetPort: port };
  if (/^[+-]?\d+$/.test(second)) {
    const target = Number(second);
    if (target < 1 || target > 65535) throw new KubectlError(ERR_PORT_NUMBER);
    return { port, targetPort: target };
  }
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(second) || second.length > 15) throw new KubectlError(ERR_PORT_NAME);
  return { port, targetPort: second };
}

function buildService(type: ServiceType, { parsed, name }: GeneratorInput) {
  const clusterIP = flagString(parsed, 'clusterip');
  const tcp = flagList(parsed, 'tcp');
  const externalName = flagString(parsed, 'external-name');
  if (clusterIP === 'None' && type !== ServiceType.ClusterIP) throw new KubectlError(ERR_NONE_ONLY_CLUSTERIP);
  if (clusterIP !== 'None' && tcp.length === 0 && type !== ServiceType.ExternalName) throw new KubectlError(ERR_NO_TCP);
  if (type === ServiceType.ExternalName && isDns1123Subdomain(externalName).length > 0) throw new KubectlError(ERR_EXTERNAL_NAME(externalName));
  const nodePort = flagInt(parsed, 'node-port') ?? 0;
  const ports = tcp.map((spec) => {
    const { port, targetPort } = parsePort(spec);
    return { name: spec.replace(/:/g, '-'), ...(nodePort ? { nodePort } : {}), port, protocol: 'TCP', targetPort };
  });
  const spec = {
    ...(clusterIP ? { clusterIP } : {}),
    ...(externalName ? { externalName } : {}),
    ...(ports.length > 0 ? { ports } : {}),
    selector: { app: name },
    type,
  };
  return newObject('v1', 'Service', name, { spec, status: { loadBalancer: {} } }, { labels: { app: name } });
}

function serviceGenerator(type: ServiceType, name: string, help: CommandHelp): GeneratorSpec {
  return {
    name, path: `kubectl create service ${name}`, help, resource: '/services',
    ...(type === ServiceType.ExternalName ? { requiredFlags: ['external-name'] } : {}),
    wrap: `failed to create ${type} service: `,
    build: (input) => buildService(type, input),
  };
}

export const SERVICE_GENERATORS: readonly GeneratorSpec[] = [
  serviceGenerator(ServiceType.ClusterIP, 'clusterip', CREATE_SERVICE_CLUSTERIP_HELP),
  serviceGenerator(ServiceType.ExternalName, 'externalname', CREATE_SERVICE_EXTERNALNAME_HELP),
  serviceGenerator(ServiceType.LoadBalancer, 'loadbalancer', CREATE_SERVICE_LOADBALANCER_HELP),
  serviceGenerator(ServiceType.NodePort, 'nodeport', CREATE_SERVICE_NODEPORT_HELP),
];
