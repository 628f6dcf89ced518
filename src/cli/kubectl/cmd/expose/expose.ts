// `kubectl expose (-f FILE | TYPE NAME)` (pkg/cmd/expose/expose.go, v1.31): a Service selecting what
// the exposed pod, service, replication controller, deployment or replica set selects, on its ports
// (or --port), printed as `service/web exposed`. Objects are visited one by one; failures are
// reported together at the end.

import { clone, resourceByName, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { withLastApplied } from '../../util/last-applied.ts';
import { DryRun, dryRunStrategy, formatObject, OutputFormat, outputFormat } from '../../util/mutation.ts';
import { placeInNamespace } from '../../util/namespaces.ts';
import { parseResourceArgs } from '../../util/resource-args.ts';
import { selectManifests } from '../create/create.ts';
import { ERR_NO_NAME, ERR_NO_RESOURCES } from '../delete/targets.ts';
import { applyOverrides } from '../run/overrides.ts';
import { EXPOSE_HELP } from './help.ts';
import { checkCanBeExposed, portsForObject, protocolsForObject, selectorForObject } from './introspect.ts';
import { buildExposedService, type ServiceParams } from './service.ts';

export const ERR_SELECTOR_INTROSPECTION = (err: string): string => `couldn't retrieve selectors via --selector flag or introspection: ${err}`;
export const ERR_NO_PORT = "couldn't find port via --port flag or introspection";

/** validation.DNS1035LabelMaxLength: longer names are cut for the service's default name. */
const MAX_SERVICE_NAME = 63;
const SERVICES = resourceByName('', 'services')!;

interface Target {
  readonly info: ResourceInfo;
  /** Set for -f objects; others are read from the server. */
  readonly object?: KubeObject;
  readonly name: string;
}

function targets(ctx: KubectlContext, parsed: ParsedArgs): Target[] {
  const filenames = flagList(parsed, 'filename');
  if (filenames.length > 0) {
    return selectManifests(ctx, filenames, flagBool(parsed, 'recursive'), '').map((m) => ({
      info: m.info, object: placeInNamespace(ctx, m.info, clone(m.object)), name: m.object.metadata?.name ?? '',
    }));
  }
  if (parsed.args.length === 0) throw new KubectlError(ERR_NO_RESOURCES);
  return parseResourceArgs(parsed.args).flatMap(({ info, names }) => {
    if (names.length === 0) throw new KubectlError(ERR_NO_NAME);
    return names.map((name) => ({ info, name }));
  });
}

/** The generator's parameters for one exposed object: flags first, introspection for the rest. */
function paramsFor(parsed: ParsedArgs, obj: KubeObject, defaultName: string): ServiceParams {
  let selector = flagString(parsed, 'selector');
  if (selector === '') {
    try {
      selector = Object.entries(selectorForObject(obj)).map(([k, v]) => `${k}=${v}`).join(',');
    } catch (err) {
      throw new KubectlError(ERR_SELECTOR_INTROSPECTION(err instanceof Error ? err.message : String(err)));
    }
  }
  const clusterIP = flagString(parsed, 'cluster-ip');
  let ports = flagString(parsed, 'port');
  if (ports === '') {
    const found = portsForObject(obj);
    if (found.length === 0 && clusterIP !== 'None') throw new KubectlError(ERR_NO_PORT);
    ports = found.join(',');
  }
  const labels = flagString(parsed, 'labels') || Object.entries(obj.metadata.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  return {
    name: flagString(parsed, 'name') || defaultName, selector, labels, ports,
    protocol: flagString(parsed, 'protocol'), protocols: protocolsForObject(obj),
    targetPort: flagString(parsed, 'target-port'), externalIP: flagString(parsed, 'external-ip'),
    type: flagString(parsed, 'type'), loadBalancerIP: flagString(parsed, 'load-balancer-ip'),
    sessionAffinity: flagString(parsed, 'session-affinity'), clusterIP,
  };
}

function exposeOne(ctx: KubectlContext, parsed: ParsedArgs, dryRun: DryRun, target: Target): KubeObject {
  const obj = target.object ?? ctx.client.server.get(target.info, target.info.namespaced ? ctx.namespace : undefined, target.name);
  checkCanBeExposed(target.info);
  const service = applyOverrides(buildExposedService(paramsFor(parsed, obj, target.name.slice(0, MAX_SERVICE_NAME))),
    flagString(parsed, 'overrides'), flagString(parsed, 'override-type'));
  if (dryRun === DryRun.Client) {
    if (ctx.namespaceExplicit) service.metadata.namespace = ctx.namespace;
    return service;
  }
  const body = flagBool(parsed, 'save-config') ? withLastApplied(service) : service;
  return ctx.client.server.create(SERVICES, ctx.namespace, body, { dryRun: dryRun === DryRun.Server });
}

function runExpose(ctx: KubectlContext, parsed: ParsedArgs): number {
  const dryRun = dryRunStrategy(ctx, parsed);
  const output = outputFormat(parsed);
  const errors: unknown[] = [];
  let printed = 0;
  for (const target of targets(ctx, parsed)) {
    try {
      const service = exposeOne(ctx, parsed, dryRun, target);
      if (output === OutputFormat.Yaml && printed > 0) ctx.io.stdout.write('---\n');
      ctx.io.stdout.write(formatObject(SERVICES, service, { output, operation: 'exposed', dryRun }));
      printed++;
    } catch (err) {
      errors.push(err);
    }
  }
  return reportErrors(ctx, errors);
}

export const EXPOSE_COMMAND: KubectlCommand = commandFromHelp('expose', EXPOSE_HELP, runExpose);
