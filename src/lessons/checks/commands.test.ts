import { describe, expect, it } from 'vitest';
import { invocations, matchesCommand, type CommandSpec } from './commands.ts';

const undo: CommandSpec = { program: 'kubectl', words: ['rollout', 'undo'], target: { kind: 'Deployment', name: 'frontend' }, flags: {} };

function ran(line: string, spec: CommandSpec): boolean {
  return invocations(line).some((inv) => matchesCommand(inv, spec));
}

describe('command checks', () => {
  it('accepts every way of naming the target', () => {
    for (const line of ['kubectl rollout undo deployment frontend', 'kubectl rollout undo deploy/frontend', 'kubectl rollout undo deployments.apps frontend', 'kubectl -n default rollout undo "deployment/frontend"']) {
      expect(ran(line, undo), line).toBe(true);
    }
  });

  it('finds the command inside lists and pipelines', () => {
    expect(ran('kubectl get rs && kubectl rollout undo deployment frontend | cat', undo)).toBe(true);
  });

  it('rejects another verb, another object or a mere mention', () => {
    expect(ran('kubectl rollout status deployment frontend', undo)).toBe(false);
    expect(ran('kubectl rollout undo deployment backend', undo)).toBe(false);
    expect(ran('echo kubectl rollout undo deployment frontend', undo)).toBe(false);
    expect(ran('kubectl rollout undo', undo)).toBe(false);
  });

  it('matches flags by their long name, with or without =', () => {
    const spec: CommandSpec = { ...undo, flags: { 'to-revision': '1' } };
    expect(ran('kubectl rollout undo deployment frontend --to-revision=1', spec)).toBe(true);
    expect(ran('kubectl rollout undo --to-revision 1 deployment frontend', spec)).toBe(true);
    expect(ran('kubectl rollout undo deployment frontend', spec)).toBe(false);
    const ns: CommandSpec = { program: 'kubectl', words: ['get'], flags: { namespace: 'dev' } };
    expect(ran('kubectl get pods -n dev', ns)).toBe(true);
  });

  it('reads docker flags as docker does: values after --name and -p, -t as --tag for build only', () => {
    const run: CommandSpec = { program: 'docker', words: ['run', 'nginx'], flags: { name: 'web', publish: '8080:80', detach: true } };
    expect(ran('docker run -d --name web -p 8080:80 nginx', run)).toBe(true);
    expect(ran('docker run --name=web --detach --publish 8080:80 nginx', run)).toBe(true);
    expect(ran('docker run -d --name web nginx', run)).toBe(false);
    const build: CommandSpec = { program: 'docker', words: ['build', '.'], flags: { tag: 'mon-app:1.0' } };
    expect(ran('docker build -t mon-app:1.0 .', build)).toBe(true);
    expect(ran('docker build --tag=mon-app:1.0 .', build)).toBe(true);
    const exec: CommandSpec = { program: 'docker', words: ['exec', 'c', 'sh'], flags: { tty: true } };
    expect(ran('docker exec -i -t c sh', exec)).toBe(true);
    const rm: CommandSpec = { program: 'docker', words: ['rm', 'old-web'], flags: { force: true } };
    expect(ran('docker rm -f old-web', rm)).toBe(true);
  });

  it('reads curl headers as --header values', () => {
    const host: CommandSpec = { program: 'curl', words: [], flags: { header: 'Host: www.k8s-lab.com' } };
    expect(ran("curl -s -H 'Host: www.k8s-lab.com' http://192.168.56.12:32005/frontend", host)).toBe(true);
    expect(ran('curl --header "Host: www.k8s-lab.com" http://192.168.56.12:32005/', host)).toBe(true);
    expect(ran('curl -s http://192.168.56.12:32005/frontend', host)).toBe(false);
  });
});
