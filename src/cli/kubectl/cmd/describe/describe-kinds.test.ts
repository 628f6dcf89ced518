import { beforeEach, describe, expect, it } from 'vitest';
import type { KubeObject, ResourceName } from '../../../../engine/index.ts';
import { kubectlHarness, type KubectlHarness } from '../../../testing/kubectl-harness.ts';

let h: KubectlHarness;

beforeEach(() => {
  h = kubectlHarness();
});

function create(resource: ResourceName, obj: Record<string, unknown>, status?: unknown): void {
  const created = h.cluster.client().create(resource, obj as KubeObject);
  if (status !== undefined) h.cluster.client().updateStatus(resource, { ...created, status });
}

const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } };

describe('kubectl describe: storage, batch, apps, networking', () => {
  it('describes a pending claim with empty capacity and access modes', () => {
    create('/persistentvolumeclaims', { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'default' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'standard', volumeMode: 'Filesystem' } });
    expect(h.run('kubectl describe pvc data').stdout).toMatch(/^Name: {10}data\nNamespace: {5}default\nStorageClass: {2}standard\nStatus: {8}Pending\nVolume: {8}\nLabels: {8}<none>\n/);
    expect(h.run('kubectl describe pvc data').stdout).toContain('\nCapacity:      \nAccess Modes:  \nVolumeMode:    Filesystem\nUsed By:       <none>\nEvents:        <none>\n');
  });

  it('describes a volume with its source block', () => {
    create('/persistentvolumes', { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv1' },
      spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], persistentVolumeReclaimPolicy: 'Retain', hostPath: { path: '/mnt/data', type: '' }, storageClassName: 'manual' } }, { phase: 'Available' });
    expect(h.run('kubectl describe pv pv1').stdout).toContain(`Claim:           
Reclaim Policy:  Retain
Access Modes:    RWO
VolumeMode:      Filesystem
Capacity:        1Gi
Node Affinity:   <none>
Message:         
Source:
    Type:          HostPath (bare host directory volume)
    Path:          /mnt/data
    HostPathType:  
Events:            <none>
`);
  });

  it('describes a cron job with its job template', () => {
    create('batch/cronjobs', { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'hello', namespace: 'default' },
      spec: { schedule: '*/1 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox' }] } } } } } });
    expect(h.run('kubectl describe cj hello').stdout).toBe(`Name:                          hello
Namespace:                     default
Labels:                        <none>
Annotations:                   <none>
Schedule:                      */1 * * * *
Concurrency Policy:            Allow
Suspend:                       False
Successful Job History Limit:  3
Failed Job History Limit:      1
Starting Deadline Seconds:     <unset>
Selector:                      <unset>
Parallelism:                   <unset>
Completions:                   <unset>
Pod Template:
  Labels:  <none>
  Containers:
   hello:
    Image:           busybox
    Port:            <none>
    Host Port:       <none>
    Environment:     <none>
    Mounts:          <none>
  Volumes:           <none>
  Node-Selectors:    <none>
  Tolerations:       <none>
Last Schedule Time:  <unset>
Active Jobs:         <none>
Events:              <none>
`);
  });

  it('prints the DaemonSet counters without alignment', () => {
    create('apps/daemonsets', { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'web' } }, template } });
    expect(h.run('kubectl describe ds agent').stdout).toContain(`Desired Number of Nodes Scheduled: 0
Current Number of Nodes Scheduled: 0
Number of Nodes Scheduled with Up-to-date Pods: 0
Number of Nodes Scheduled with Available Pods: 0
Number of Nodes Misscheduled: 0
Pods Status:  0 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
`);
  });

  it('lists stateful set volume claim templates', () => {
    create('apps/statefulsets', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'default' },
      spec: { serviceName: 'db', replicas: 2, selector: { matchLabels: { app: 'web' } }, template,
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }] } });
    expect(h.run('kubectl describe sts db').stdout).toContain('Volume Claims:\n  Name:          data\n  StorageClass:  \n  Labels:        <none>\n  Annotations:   <none>\n  Capacity:      1Gi\n  Access Modes:  [ReadWriteOnce]\nEvents:          <none>\n');
  });

  it('prints the ingress rules table with its backends', () => {
    create('/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } });
    create('networking.k8s.io/ingresses', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', namespace: 'default' },
      spec: { ingressClassName: 'nginx', rules: [{ host: 'web.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }, { path: '/api', pathType: 'Prefix', backend: { service: { name: 'api', port: { number: 8080 } } } }] } }] } });
    expect(h.run('kubectl describe ingress web').stdout).toBe(`Name:             web
Labels:           <none>
Namespace:        default
Address:          
Ingress Class:    nginx
Default backend:  <default>
Rules:
  Host             Path  Backends
  ----             ----  --------
  web.example.com  
                   /      web:80 (<none>)
                   /api   api:8080 (<error: services "api" not found>)
Annotations:       <none>
Events:            <none>
`);
  });
});
