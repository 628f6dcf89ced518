import { describe, expect, it } from 'vitest';
import { TestMachine } from '../testing/machine.ts';

describe('small servers', () => {
  it('httpd logs the ServerName warnings and its start', () => {
    const m = new TestMachine('httpd', { files: { '/etc/hosts': '127.0.0.1\tlocalhost\n10.244.1.5\tweb\n' } });
    expect(m.run('httpd-foreground', [])).toEqual({ state: 'blocked' });
    const lines = m.err.trimEnd().split('\n');
    expect(lines[0]).toBe("AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 10.244.1.5. Set the 'ServerName' directive globally to suppress this message");
    expect(lines[1]).toBe(lines[0]);
    expect(lines[2]).toBe('[Mon Mar 17 08:31:02.002014 2025] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations');
    m.signal('SIGTERM');
    expect(m.err).toContain('AH00491: caught SIGTERM, shutting down');
  });

  it('http-echo needs -text and logs where it listens', () => {
    const missing = new TestMachine('hashicorp/http-echo');
    expect(missing.run('http-echo', [])).toEqual({ state: 'exited', code: 127 });
    const m = new TestMachine('hashicorp/http-echo');
    expect(m.run('http-echo', ['-text=hello', '-listen=:8080'])).toEqual({ state: 'blocked' });
    expect(m.err).toBe('2025/03/17 08:31:02 [INFO] server is listening on :8080\n');
  });

  it('the liveness server and agnhost\'s Go servers exit 2 on SIGTERM as PID 1', () => {
    const live = new TestMachine('registry.k8s.io/liveness');
    expect(live.run('/server', [])).toEqual({ state: 'blocked' });
    expect(live.signal('SIGTERM')).toEqual({ exitAfterMs: 0, code: 2 });
    const agn = new TestMachine('registry.k8s.io/e2e-test-images/agnhost:2.40');
    expect(agn.run('/agnhost', ['liveness'])).toEqual({ state: 'blocked' });
    expect(agn.signal('SIGTERM')).toEqual({ exitAfterMs: 0, code: 2 });
  });

  it('agnhost pauses and netexec logs its ports', () => {
    const m = new TestMachine('registry.k8s.io/e2e-test-images/agnhost:2.40');
    m.run('agnhost', ['pause']);
    expect(m.signal('SIGTERM')).toEqual({ exitAfterMs: 0, code: 0 });
    expect(m.out).toBe('Paused\nShutting down after receiving signal: terminated.\nExiting\n');
    const net = new TestMachine('registry.k8s.io/e2e-test-images/agnhost:2.40');
    net.run('agnhost', ['netexec', '--http-port=8080']);
    expect(net.err).toContain('Started HTTP server on port 8080');
    expect(new TestMachine('registry.k8s.io/e2e-test-images/agnhost:2.40').run('agnhost', ['nope'])).toEqual({ state: 'exited', code: 1 });
  });

  it('pause blocks and stops cleanly on SIGTERM', () => {
    const m = new TestMachine('registry.k8s.io/pause:3.10');
    expect(m.run('/pause', [])).toEqual({ state: 'blocked' });
    expect(m.signal('SIGTERM')).toEqual({ exitAfterMs: 0, code: 0 });
    expect(m.err).toBe('Shutting down, got signal: Terminated\n');
  });

  it('echoserver 1.10 makes its certificate and starts nginx', () => {
    const m = new TestMachine('registry.k8s.io/echoserver:1.10');
    m.run('/usr/local/bin/run.sh', []);
    expect(m.out.trimEnd().split('\n').at(-1)).toBe('Starting nginx');
  });

  it('bitnami/kubectl prints its help and completes', () => {
    const m = new TestMachine('bitnami/kubectl');
    expect(m.run('kubectl', ['--help'])).toEqual({ state: 'exited', code: 0 });
    expect(m.out.split('\n')[0]).toBe('kubectl controls the Kubernetes cluster manager.');
  });

  it('mongod waits for connections', () => {
    const m = new TestMachine('mongo');
    expect(m.run('mongod', [])).toEqual({ state: 'blocked' });
    expect(m.out.trimEnd().split('\n').at(-1)).toBe('{"t":{"$date":"2025-03-17T08:31:02.420+00:00"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}');
  });
});

describe('course daemons', () => {
  it('kube-apiserver logs its version and serving address', () => {
    const m = new TestMachine('registry.k8s.io/kube-apiserver:v1.31.4');
    expect(m.run('kube-apiserver', ['--advertise-address=192.168.56.11', '--secure-port=6443'])).toEqual({ state: 'blocked' });
    expect(m.err.split('\n')[0]).toBe('I0317 08:31:02.000000       1 options.go:228] external host was not specified, using 192.168.56.11');
    expect(m.err).toContain('server.go:142] Version: v1.31.4');
  });

  it('CoreDNS prints its banner on stdout', () => {
    const m = new TestMachine('registry.k8s.io/coredns/coredns:v1.11.3');
    m.run('/coredns', ['-conf', '/etc/coredns/Corefile']);
    expect(m.out.split('\n').slice(0, 1)).toEqual(['.:53']);
    expect(m.out).toContain('CoreDNS-1.11.3\n');
  });

  it('calico-node answers its probe commands and the CNI installer completes', () => {
    const node = new TestMachine('docker.io/calico/node:v3.29.1');
    expect(node.run('calico-node', ['-felix-live', '-bird-live'])).toEqual({ state: 'exited', code: 0 });
    expect(node.run('start_runit', [])).toEqual({ state: 'blocked' });
    const cni = new TestMachine('docker.io/calico/cni:v3.29.1');
    expect(cni.run('/opt/cni/bin/install', [])).toEqual({ state: 'exited', code: 0 });
  });

  it('filebeat cannot reach Elasticsearch and says so', () => {
    const m = new TestMachine('docker.elastic.co/beats/filebeat:8.4.3');
    expect(m.run('filebeat', ['-environment', 'container'])).toEqual({ state: 'blocked' });
    expect(m.err).toContain('Failed to connect to backoff(elasticsearch(http://elasticsearch:9200))');
  });
});

describe('exec-through entrypoints', () => {
  it('hand over to the program they exec', () => {
    const m = new TestMachine('redis');
    expect(m.run('docker-entrypoint.sh', ['redis-server'])).toEqual({ state: 'blocked' });
    expect(m.out).toContain('Ready to accept connections tcp');
    const n = new TestMachine('node');
    expect(n.run('docker-entrypoint.sh', ['node', '--version'])).toEqual({ state: 'exited', code: 0 });
    expect(n.out).toBe('v23.6.0\n');
  });
});
