// CoreDNS completing an ExternalName's CNAME: an A or AAAA question whose answer ends in a CNAME
// gets the target's records appended, looked up in the cluster zone or upstream, as the kubernetes
// plugin does (coredns plugin/backend_lookup.go A/AAAA: "we can not complete the CNAME, try to look elsewhere").

import type { DnsResult, DnsType } from '../infra/net.ts';

/** CoreDNS follows at most this many CNAMEs (backend_lookup.go's loop guard). */
const MAX_CHAIN = 8;

export function chaseCname(answer: (name: string, type: DnsType) => DnsResult, name: string, type: DnsType): DnsResult {
  const first = answer(name, type);
  if ((type !== 'A' && type !== 'AAAA') || first.kind !== 'answer') return first;
  let res = first;
  for (let hop = 0; hop < MAX_CHAIN; hop++) {
    const tail = res.answers.at(-1);
    if (res.rcode !== 'NOERROR' || tail?.type !== 'CNAME') return res;
    const next = answer(tail.data.replace(/\.$/, ''), type);
    if (next.kind !== 'answer' || next.answers.length === 0) return res;
    res = { ...res, answers: [...res.answers, ...next.answers] };
  }
  return res;
}
