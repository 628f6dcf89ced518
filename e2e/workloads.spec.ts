// Workload controllers, end to end: a student creates a Deployment, sees its ReplicaSet's pods come up,
// deletes one and sees it replaced, then rolls out a new image and follows it with `rollout status`.

import { expect, test } from '@playwright/test';
import { getPodsUntil, openSandboxAtTenTimes, typeLine, waitForStudentPrompt } from './support.ts';

const RUNNING_WEB_POD = /web-[bcdfghjklmnpqrstvwxz2456789]+-[bcdfghjklmnpqrstvwxz2456789]{5}\s+1\/1\s+Running/g;

test('a Deployment keeps three pods running and rolls out a new image', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl create deployment web --image nginx:1.14.2 --replicas 3');
  await expect(rows).toContainText('deployment.apps/web created');
  await waitForStudentPrompt(rows);
  await getPodsUntil(page, rows, /web\s+3\/3\s+3\s+3/, 'kubectl get deployments');

  await typeLine(page, 'clear');
  await typeLine(page, 'kubectl get pods -o name');
  await expect(rows).toContainText(/pod\/web-\S+/);
  await waitForStudentPrompt(rows);
  const lines = await rows.locator(':scope > div').allTextContents();
  const before = lines.map((l) => l.replace(/\u00a0/g, ' ').trim()).filter((l) => l.startsWith('pod/web-'));
  expect(before).toHaveLength(3);
  await typeLine(page, `kubectl delete ${before[0]!}`);
  await waitForStudentPrompt(rows);
  await typeLine(page, 'clear');
  await expect(async () => {
    await typeLine(page, 'kubectl get pods');
    await waitForStudentPrompt(rows);
    const text = (await rows.textContent()) ?? '';
    expect(text.match(RUNNING_WEB_POD)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(text).not.toContain(before[0]!.slice('pod/'.length));
  }).toPass({ timeout: 30_000, intervals: [500] });

  await typeLine(page, 'kubectl set image deployment web nginx=nginx:1.22.1');
  await expect(rows).toContainText('deployment.apps/web image updated');
  await typeLine(page, 'kubectl rollout status deployment web');
  await expect(rows).toContainText('deployment "web" successfully rolled out', { timeout: 60_000 });
  await waitForStudentPrompt(rows);
  await typeLine(page, 'kubectl rollout history deployment web');
  await expect(rows).toContainText(/REVISION\s+CHANGE-CAUSE\s*1\s+<none>\s*2\s+<none>/);
});
