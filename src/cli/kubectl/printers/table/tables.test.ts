import { describe, expect, it } from 'vitest';
import { resourceByName, type KubeObject } from '../../../../engine/index.ts';
import { HumanReadablePrinter, type HumanPrintOptions } from '../table-printer.ts';
import { TABLE_TABWRITER, TabWriter } from '../tabwriter.ts';
import { buildTable } from './registry.ts';

const NOW = Date.UTC(2024, 4, 14, 15, 0, 0);
const ago = (s: number): string => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');
const DAY = 86_400;

function print(group: string, resource: string, objects: KubeObject[], opts: Partial<HumanPrintOptions> = {}): string {
  let out = '';
  const w = new TabWriter(TABLE_TABWRITER, (t) => { out += t; });
  const printer = new HumanReadablePrinter({ noHeaders: false, wide: false, withNamespace: false, showLabels: false, columnLabels: [], ...opts });
  printer.print(buildTable(resourceByName(group, resource)!, objects, { nowMs: NOW, wide: true }), w);
  w.flush();
  return out;
}

const obj = (kind: string, name: string, rest: Record<string, unknown>, meta: Record<string, unknown> = {}): KubeObject =>
  ({ apiVersion: 'v1', kind, metadata: { name, creationTimestamp: ago(12 * DAY), ...meta }, ...rest });

function node(name: string, ready: string, extra: { unschedulable?: boolean; role?: boolean; ip: string }): KubeObject {
  return obj('Node', name, {
    spec: extra.unschedulable ? { unschedulable: true } : {},
    status: {
      conditions: [{ type: 'Ready', status: ready }],
      addresses: [{ type: 'InternalIP', address: extra.ip }, { type: 'Hostname', address: name }],
      nodeInfo: { kubeletVersion: 'v1.30.4', osImage: 'Ubuntu 22.04.4 LTS', kernelVersion: '5.15.0-105-generic', containerRuntimeVersion: 'containerd://1.7.13' },
    },
  }, { labels: extra.role ? { 'node-role.kubernetes.io/control-plane': '' } : {} });
}

describe('built-in tables', () => {
  it('prints nodes wide with roles and SchedulingDisabled', () => {
    const nodes = [node('controlplane', 'True', { role: true, ip: '172.30.1.2' }), node('node01', 'True', { unschedulable: true, ip: '172.30.2.2' })];
    expect(print('', 'nodes', nodes, { wide: true })).toBe([
      'NAME           STATUS                     ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION       CONTAINER-RUNTIME',
      'controlplane   Ready                      control-plane   12d   v1.30.4   172.30.1.2    <none>        Ubuntu 22.04.4 LTS   5.15.0-105-generic   containerd://1.7.13',
      'node01         Ready,SchedulingDisabled   <none>          12d   v1.30.4   172.30.2.2    <none>        Ubuntu 22.04.4 LTS   5.15.0-105-generic   containerd://1.7.13',
      '',
    ].join('\n'));
  });

  it('prints services with node ports and <none> external IPs', () => {
    const svcs = [
      obj('Service', 'kubernetes', { spec: { type: 'ClusterIP', clusterIPs: ['10.96.0.1'], ports: [{ port: 443, protocol: 'TCP' }] } }),
      obj('Service', 'web', { spec: { type: 'NodePort', clusterIPs: ['10.104.12.7'], ports: [{ port: 8080, nodePort: 31008, protocol: 'TCP' }] } }, { creationTimestamp: ago(243) }),
      obj('Service', 'lb', { spec: { type: 'LoadBalancer', clusterIPs: ['10.96.5.5'], ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }] } }, { creationTimestamp: ago(5) }),
    ];
    expect(print('', 'services', svcs)).toBe([
      'NAME         TYPE           CLUSTER-IP    EXTERNAL-IP   PORT(S)          AGE',
      'kubernetes   ClusterIP      10.96.0.1     <none>        443/TCP          12d',
      'web          NodePort       10.104.12.7   <none>        8080:31008/TCP   4m3s',
      'lb           LoadBalancer   10.96.5.5     <pending>     80:30080/TCP     5s',
      '',
    ].join('\n'));
  });

  it('prints jobs with the 1.30+ STATUS column', () => {
    const jobs = [
      obj('Job', 'pi', { spec: { completions: 1 }, status: { succeeded: 1, startTime: ago(120), completionTime: ago(111), conditions: [{ type: 'Complete', status: 'True' }] } }, { creationTimestamp: ago(120) }),
      obj('Job', 'batch', { spec: { completions: 5, parallelism: 2 }, status: { succeeded: 2, startTime: ago(47) } }, { creationTimestamp: ago(47) }),
    ];
    expect(print('batch', 'jobs', jobs)).toBe([
      'NAME    STATUS     COMPLETIONS   DURATION   AGE',
      'pi      Complete   1/1           9s         2m',
      'batch   Running    2/5           47s        47s',
      '',
    ].join('\n'));
  });

  it('prints cronjobs with TIMEZONE', () => {
    const cj = obj('CronJob', 'hello', { spec: { schedule: '*/1 * * * *', suspend: false }, status: { lastScheduleTime: ago(30) } }, { creationTimestamp: ago(600) });
    expect(print('batch', 'cronjobs', [cj])).toBe([
      'NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE',
      'hello   */1 * * * *   <none>     False     0        30s             10m',
      '',
    ].join('\n'));
  });

  it('prints claims and volumes with VOLUMEATTRIBUTESCLASS', () => {
    const pvc = obj('PersistentVolumeClaim', 'data', { spec: { volumeName: 'pv1', storageClassName: 'standard' }, status: { phase: 'Bound', capacity: { storage: '1024Mi' }, accessModes: ['ReadWriteOnce'] } }, { creationTimestamp: ago(60) });
    const pending = obj('PersistentVolumeClaim', 'wait', { spec: { storageClassName: 'standard', resources: { requests: { storage: '1Gi' } } }, status: { phase: 'Pending' } }, { creationTimestamp: ago(60) });
    expect(print('', 'persistentvolumeclaims', [pvc, pending])).toBe([
      'NAME   STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE',
      'data   Bound     pv1      1Gi        RWO            standard       <unset>                 60s',
      'wait   Pending                                      standard       <unset>                 60s',
      '',
    ].join('\n'));
    const pv = obj('PersistentVolume', 'pv1', { spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce', 'ReadOnlyMany'], persistentVolumeReclaimPolicy: 'Retain', claimRef: { namespace: 'default', name: 'data' }, storageClassName: 'standard' }, status: { phase: 'Bound' } }, { creationTimestamp: ago(60) });
    expect(print('', 'persistentvolumes', [pv])).toBe([
      'NAME   CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM          STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE',
      'pv1    1Gi        RWO,ROX        Retain           Bound    default/data   standard       <unset>                          60s',
      '',
    ].join('\n'));
  });

  it('prints events with the object and trimmed message', () => {
    const e = obj('Event', 'nginx.17c', { type: 'Normal', reason: 'Scheduled', message: 'Successfully assigned default/nginx to node01 ', involvedObject: { kind: 'Pod', name: 'nginx' }, firstTimestamp: ago(8), lastTimestamp: ago(8), count: 1, source: { component: 'default-scheduler' } });
    expect(print('', 'events', [e])).toBe('LAST SEEN   TYPE     REASON      OBJECT      MESSAGE\n8s          Normal   Scheduled   pod/nginx   Successfully assigned default/nginx to node01\n');
  });

  it('falls back to the server default table with an RFC 3339 time', () => {
    const role = { ...obj('Role', 'pod-reader', {}), apiVersion: 'rbac.authorization.k8s.io/v1' };
    expect(print('rbac.authorization.k8s.io', 'roles', [role])).toBe('NAME         CREATED AT\npod-reader   2024-05-02T15:00:00Z\n');
  });

  it('adds NAMESPACE, kind prefixes, label columns and LABELS', () => {
    const cm = obj('ConfigMap', 'kube-root-ca.crt', { data: { 'ca.crt': 'x' } }, { namespace: 'default', labels: { 'app.kubernetes.io/name': 'web' } });
    expect(print('', 'configmaps', [cm], { withNamespace: true, kindPrefix: 'configmap', columnLabels: ['app.kubernetes.io/name'], showLabels: true })).toBe([
      'NAMESPACE   NAME                         DATA   AGE   NAME   LABELS',
      'default     configmap/kube-root-ca.crt   1      12d   web    app.kubernetes.io/name=web',
      '',
    ].join('\n'));
  });
});
