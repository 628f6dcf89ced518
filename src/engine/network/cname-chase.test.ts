import { describe, expect, it } from 'vitest';
import type { DnsResult, DnsType } from '../infra/net.ts';
import { chaseCname } from './cname-chase.ts';

function answer(name: string, type: DnsType): DnsResult {
  if (name === 'my-db.default.svc.cluster.local') return { kind: 'answer', rcode: 'NOERROR', answers: [{ name, type: 'CNAME', ttl: 30, data: 'www.example.com' }] };
  if (name === 'www.example.com' && type === 'A') return { kind: 'answer', rcode: 'NOERROR', answers: [{ name, type: 'A', ttl: 300, data: '93.184.215.14' }] };
  return { kind: 'answer', rcode: 'NXDOMAIN', answers: [] };
}

describe('chaseCname', () => {
  it("appends the ExternalName target's addresses to an A answer", () => {
    const res = chaseCname(answer, 'my-db.default.svc.cluster.local', 'A');
    expect(res.kind === 'answer' && res.answers.map((r) => r.data)).toEqual(['www.example.com', '93.184.215.14']);
  });

  it('leaves a CNAME question alone', () => {
    const res = chaseCname(answer, 'my-db.default.svc.cluster.local', 'CNAME');
    expect(res.kind === 'answer' && res.answers.length).toBe(1);
  });
});
