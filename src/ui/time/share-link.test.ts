import { describe, expect, it } from 'vitest';
import { encodeScenario, scenarioFromHash, shareUrl } from './share-link.ts';

describe('share links', () => {
  it('carries a scenario through the URL fragment and back', async () => {
    const scenario = { seed: 3, files: { '/home/student/web.yaml': 'kind: Pod\n' }, lines: ['kubectl apply -f web.yaml', 'kubectl get pods'] };
    const encoded = await encodeScenario(scenario);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const url = new URL(shareUrl({ origin: 'http://127.0.0.1:4173', pathname: '/', search: '?lang=en' }, encoded));
    expect(url.search).toBe('?lang=en');
    expect(await scenarioFromHash(url.hash)).toEqual(scenario);
  });

  it('finds nothing without a scenario, and throws on a damaged one', async () => {
    expect(await scenarioFromHash('')).toBeUndefined();
    expect(await scenarioFromHash('#other=1')).toBeUndefined();
    await expect(scenarioFromHash('#scenario=AAAA')).rejects.toThrow();
  });
});
