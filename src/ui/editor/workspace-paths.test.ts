import { describe, expect, it } from 'vitest';
import { displayPath, freeName, languageOf, resolveName, shellPath } from './workspace-paths.ts';

const HOME = '/home/student';

describe('workspace paths', () => {
  it('shows files of the home directory relative to it', () => {
    expect(displayPath(HOME, `${HOME}/k8s/web.yaml`)).toBe('k8s/web.yaml');
    expect(displayPath(HOME, '/tmp/kubectl-edit-ab12c.yaml')).toBe('/tmp/kubectl-edit-ab12c.yaml');
  });

  it('takes typed names inside the home directory only', () => {
    expect(resolveName(HOME, ' web.yaml ')).toBe(`${HOME}/web.yaml`);
    expect(resolveName(HOME, '~/k8s/web.yaml')).toBe(`${HOME}/k8s/web.yaml`);
    expect(resolveName(HOME, `${HOME}/web.yaml`)).toBe(`${HOME}/web.yaml`);
    for (const bad of ['', 'dir/', '../x.yaml', 'a//b.yaml', '/etc/passwd', './x']) expect(resolveName(HOME, bad)).toBeUndefined();
  });

  it('quotes a path for the shell only when it must', () => {
    expect(shellPath(HOME, `${HOME}/k8s/web.yaml`)).toBe('~/k8s/web.yaml');
    expect(shellPath(HOME, `${HOME}/my file's.yaml`)).toBe(`~/'my file'\\''s.yaml'`);
    expect(shellPath(HOME, '/tmp/x.yaml')).toBe('/tmp/x.yaml');
  });

  it('finds a free name for a new file', () => {
    const taken = new Set([`${HOME}/deployment.yaml`, `${HOME}/deployment-2.yaml`]);
    expect(freeName(taken, HOME, 'deployment', '.yaml')).toBe(`${HOME}/deployment-3.yaml`);
    expect(freeName(taken, HOME, 'pod', '.yaml')).toBe(`${HOME}/pod.yaml`);
  });

  it('edits YAML files as YAML', () => {
    expect(languageOf('/a/b.yaml')).toBe('yaml');
    expect(languageOf('/a/b.YML')).toBe('yaml');
    expect(languageOf('/a/notes.txt')).toBe('plaintext');
  });
});
