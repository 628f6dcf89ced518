import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { allocate, desiredIps, poolFor, poolsOf, quoteIps } from './pools.ts';

const pool = (name: string, addresses: string[], extra: Record<string, unknown> = {}): KubeObject =>
  ({ apiVersion: 'metallb.io/v1beta1', kind: 'IPAddressPool', metadata: { name, namespace: 'metallb-system' }, spec: { addresses, ...extra } }) as KubeObject;
const svc = (name: string, annotations: Record<string, string> = {}, spec: Record<string, unknown> = {}): KubeObject =>
  ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default', annotations }, spec: { type: 'LoadBalancer', ...spec } }) as KubeObject;

describe('MetalLB address pools', () => {
  const pools = poolsOf([pool('second', ['10.0.0.0/30'], { autoAssign: false }), pool('first', ['192.168.56.200-192.168.56.201'])]);

  it('reads ranges and CIDRs, and finds the pool of an address', () => {
    expect(pools.map((p) => p.name)).toEqual(['first', 'second']);
    expect(poolFor(pools, '192.168.56.201')?.name).toBe('first');
    expect(poolFor(pools, '10.0.0.3')?.name).toBe('second');
    expect(poolFor(pools, '10.0.0.4')).toBeUndefined();
  });

  it('gives the lowest free address of an auto-assign pool, then reports none left', () => {
    expect(allocate(svc('a'), pools, new Map())).toEqual({ ips: ['192.168.56.200'], pool: 'first' });
    expect(allocate(svc('b'), pools, new Map([['192.168.56.200', 'default/a']]))).toEqual({ ips: ['192.168.56.201'], pool: 'first' });
    const full = new Map([['192.168.56.200', 'default/a'], ['192.168.56.201', 'default/b']]);
    expect(allocate(svc('c'), pools, full)).toEqual({ error: 'no available IPs' });
  });

  it('honours the address-pool annotation and its errors', () => {
    expect(allocate(svc('a', { 'metallb.universe.tf/address-pool': 'second' }), pools, new Map())).toEqual({ ips: ['10.0.0.0'], pool: 'second' });
    expect(allocate(svc('a', { 'metallb.universe.tf/address-pool': 'nope' }), pools, new Map())).toEqual({ error: 'unknown pool "nope"' });
  });

  it('takes a requested address when a pool allows it and nobody holds it', () => {
    expect(allocate(svc('a', {}, { loadBalancerIP: '10.0.0.2' }), pools, new Map())).toEqual({ ips: ['10.0.0.2'], pool: 'second' });
    expect(allocate(svc('a', { 'metallb.universe.tf/loadBalancerIPs': '172.16.0.1' }), pools, new Map())).toEqual({ error: '["172.16.0.1"] is not allowed in config' });
    expect(allocate(svc('b', {}, { loadBalancerIP: '10.0.0.2' }), pools, new Map([['10.0.0.2', 'default/a']])))
      .toEqual({ error: 'can\'t change sharing key for "default/b", address also in use by default/a' });
    expect(desiredIps(svc('a', { 'metallb.universe.tf/loadBalancerIPs': '10.0.0.1' }, { loadBalancerIP: '10.0.0.2' })))
      .toEqual({ error: 'service can not have both metallb.universe.tf/loadBalancerIPs and svc.Spec.LoadBalancerIP' });
  });

  it('formats addresses as Go formats a []net.IP with %q', () => {
    expect(quoteIps(['192.168.56.200'])).toBe('["192.168.56.200"]');
  });
});
