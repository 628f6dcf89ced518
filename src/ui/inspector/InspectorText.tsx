// One inspector view's text: the kubectl line that produced it, then what kubectl printed.

import type { InspectRequest } from '../../worker/host/api.ts';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { ti } from './messages.ts';
import { useHostQuery } from './use-host-query.ts';

interface Props {
  readonly client: SandboxClient;
  readonly request: InspectRequest;
  readonly active: boolean;
}

export function InspectorText({ client, request, active }: Props) {
  const lang = useSandboxStore((s) => s.lang);
  const key = JSON.stringify(request);
  const result = useHostQuery(key, () => client.host.inspect(request), active);
  if (result === undefined) return <p className="inspector-loading">{ti(lang, 'loading')}</p>;
  return (
    <div className="inspector-output" role="tabpanel">
      <div className="inspector-command" data-testid="inspector-command">$ {result.command}</div>
      <pre className={result.ok ? 'inspector-text' : 'inspector-text inspector-error'} data-testid="inspector-text">{result.text}</pre>
    </div>
  );
}
