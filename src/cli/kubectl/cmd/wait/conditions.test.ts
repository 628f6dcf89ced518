// --for parsing: kubectl's split on single `=`, its errors in its order, and the condition checks.

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../engine/index.ts';
import { KubectlError } from '../../command.ts';
import { conditionMet, parseWaitFor, splitJsonPathInput } from './conditions.ts';

const pod = (status: Record<string, unknown>, generation?: number): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', ...(generation ? { generation } : {}) }, status });

function errorOf(value: string): string {
  try {
    parseWaitFor(value);
    return '';
  } catch (e) {
    return e instanceof KubectlError ? e.message : String(e);
  }
}

describe('--for', () => {
  it('splits on single equal signs only', () => {
    expect(splitJsonPathInput('a.b.c====d.e.f===g.h.i===')).toEqual(['a.b.c====d.e.f==', 'g.h.i==', '']);
    expect(splitJsonPathInput('{.status.phase}=Running')).toEqual(['{.status.phase}', 'Running']);
  });

  it('rejects malformed values with kubectl\'s messages', () => {
    expect(errorOf('')).toBe('unrecognized condition: ""');
    expect(errorOf('jsonpath=')).toBe('jsonpath expression cannot be empty');
    expect(errorOf('jsonpath={.a}=')).toBe("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3");
    expect(errorOf('jsonpath={.a}=b=c')).toBe("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'");
    expect(errorOf('jsonpath={.a}{.b}=c')).toBe("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
    expect(errorOf('DELETE')).toBe('');
    expect(errorOf('create')).toBe('');
  });

  it('compares JSONPath values as printed, quotes trimmed from the expected value', () => {
    const check = parseWaitFor('jsonpath={.status.readyReplicas}="3"');
    expect(check.kind === 'check' && check.met(pod({ readyReplicas: 3 }))).toBe(true);
    expect(check.kind === 'check' && check.met(pod({}))).toBe(false);
  });

  it('takes the first condition of the type, True by default', () => {
    expect(conditionMet(pod({ conditions: [{ type: 'Ready', status: 'True' }] }), 'ready', 'true')).toBe(true);
    expect(conditionMet(pod({ conditions: [{ type: 'Ready', status: 'False' }, { type: 'Ready', status: 'True' }] }), 'Ready', 'true')).toBe(false);
    expect(conditionMet(pod({ observedGeneration: 1, conditions: [{ type: 'Ready', status: 'True' }] }, 2), 'Ready', 'true')).toBe(false);
    expect(conditionMet(pod({ conditions: [{ type: 'Ready', status: 'True', observedGeneration: 2 }] }, 2), 'Ready', 'true')).toBe(true);
  });
});
