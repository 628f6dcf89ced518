// `kubectl port-forward TYPE/NAME [LOCAL_PORT:]REMOTE_PORT...` (pkg/cmd/portforward, v1.31): the pod
// (a workload's or Service's most active pod, waiting up to --pod-running-timeout for one), the
// ports translated through the Service's targetPort or the pod's named ports, then the listeners.

import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagList, type ParsedArgs } from '../../flags.ts';
import { commandFromHelp } from '../../util/help.ts';
import { ERR_CANNOT_ATTACH } from '../exec/exec.ts';
import { waitThen } from '../logs/continuation.ts';
import { durationFlag, ERR_POD_RUNNING_TIMEOUT } from '../logs/options.ts';
import { podSelectorFor, podsMatching, resolveObjectArg, sortForAttach, type ObjectRef } from '../logs/pod-for-object.ts';
import type { KubeObject } from '../../../../engine/index.ts';
import { startForwarding } from './forwarder.ts';
import { PORT_FORWARD_HELP } from './help.ts';
import { parsePorts, podPorts, servicePorts } from './ports.ts';

function runPortForward(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  if (parsed.args.length < 2) throw new UsageError('TYPE/NAME and list of ports are required for port-forward');
  const timeoutMs = durationFlag(parsed, 'pod-running-timeout');
  if (timeoutMs <= 0) throw new UsageError(ERR_POD_RUNNING_TIMEOUT);
  const addresses = flagList(parsed, 'address');
  const portArgs = parsed.args.slice(1);
  const ref = resolveObjectArg(ctx, parsed.args[0]!);
  const forward = (pod: KubeObject): CommandResult => {
    const translated = ref.info.kind === 'Service' ? servicePorts(portArgs, ref.obj, pod) : podPorts(portArgs, pod);
    return startForwarding(ctx, pod, parsePorts(translated), addresses.length > 0 ? addresses : ['localhost']);
  };
  if (ref.info.kind === 'Pod') return forward(ref.obj);
  return waitThen(ctx, { ready: () => firstPod(ctx, ref), deadlineMs: ctx.nowMs() + timeoutMs, then: forward });
}

function firstPod(ctx: KubectlContext, ref: ObjectRef): KubeObject | undefined {
  const matches = podSelectorFor(ref);
  if (typeof matches === 'string') throw new KubectlError(ERR_CANNOT_ATTACH(ref, matches));
  return sortForAttach(podsMatching(ctx, ref.obj.metadata.namespace ?? ctx.namespace, matches))[0];
}

export const PORT_FORWARD_COMMAND: KubectlCommand = commandFromHelp('port-forward', PORT_FORWARD_HELP, runPortForward);
