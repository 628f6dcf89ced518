// "Why Pending?": the scheduler's latest attempt for a pod, node by node — rejected or feasible, by
// which plugin, and what it said — with the FailedScheduling message above.

import type { SchedulingWhy } from '../../worker/host/api.ts';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { fill } from '../topology/messages.ts';
import { ti } from './messages.ts';
import { useHostQuery } from './use-host-query.ts';

interface Props {
  readonly client: SandboxClient;
  readonly namespace: string;
  readonly name: string;
  readonly active: boolean;
}

export function WhyPanel({ client, namespace, name, active }: Props) {
  const lang = useSandboxStore((s) => s.lang);
  const why = useHostQuery(`${namespace}/${name}`, () => client.host.whyPending(namespace, name), active);
  return (
    <details className="inspector-why" data-testid="inspector-why" open>
      <summary>{ti(lang, 'why')}</summary>
      {why === undefined ? <p>{ti(lang, 'loading')}</p> : why === null ? <p>{ti(lang, 'noAttempt')}</p> : <WhyTable why={why} />}
    </details>
  );
}

function WhyTable({ why }: { readonly why: SchedulingWhy }) {
  const lang = useSandboxStore((s) => s.lang);
  return (
    <>
      {why.message && <p className="inspector-why-message">{why.message}</p>}
      <p>{fill(ti(lang, 'attempt'), { n: why.attempt, feasible: why.feasibleNodes, total: why.totalNodes })}</p>
      <table className="inspector-why-table">
        <thead>
          <tr><th>{ti(lang, 'node')}</th><th>{ti(lang, 'verdict')}</th><th>{ti(lang, 'plugin')}</th><th>{ti(lang, 'reason')}</th></tr>
        </thead>
        <tbody>
          {why.preFilter.map((v) => (
            <tr key={`pre-${v.plugin}`} data-verdict="rejected">
              <td>{ti(lang, 'beforeNodes')}</td><td>{ti(lang, 'rejected')}</td><td>{v.plugin}</td><td>{v.reasons.join('; ')}</td>
            </tr>
          ))}
          {why.nodes.map((n) => (
            <tr key={n.node} data-testid="inspector-why-node" data-node={n.node} data-verdict={n.feasible ? 'feasible' : 'rejected'}>
              <td>{n.node}</td>
              <td>{ti(lang, n.chosen ? 'chosen' : n.feasible ? 'feasible' : 'rejected')}</td>
              <td>{n.rejectedBy ?? ''}</td>
              <td>{n.reasons.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
