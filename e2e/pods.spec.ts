// Pods coming alive, end to end: a student types `kubectl run`, watches the pod reach Running, reads its
// logs, opens a shell in it with `kubectl exec -it`, and sees a crashing container go to CrashLoopBackOff.

import { expect, test, type Locator, type Page } from '@playwright/test';
import { getPodsUntil, lastLine, openSandboxAtTenTimes, typeLine, waitForStudentPrompt } from './support.ts';

async function runWeb(page: Page, rows: Locator): Promise<void> {
  await typeLine(page, 'kubectl run web --image nginx');
  await expect(rows).toContainText('pod/web created');
  await waitForStudentPrompt(rows);
  await getPodsUntil(page, rows, /web\s+1\/1\s+Running/);
}

test('kubectl run web: kubectl get pods -w shows it Running, Ctrl-C returns to the prompt', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl run web --image nginx');
  await expect(rows).toContainText('pod/web created');
  await waitForStudentPrompt(rows);

  await typeLine(page, 'kubectl get pods -w');
  await expect(rows).toContainText(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
  await expect(rows).toContainText(/web\s+1\/1\s+Running\s+0/, { timeout: 30_000 });
  await page.keyboard.press('Control+C');
  await waitForStudentPrompt(rows);

  await typeLine(page, 'kubectl get pods');
  await expect.poll(() => rows.textContent(), { timeout: 10_000 })
    .toMatch(/kubectl get pods\s*NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s*web\s+1\/1\s+Running\s+0\s+\d+s/);
});

test('kubectl logs web shows nginx starting its workers', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await runWeb(page, rows);
  await typeLine(page, 'clear');
  await typeLine(page, 'kubectl logs web');
  await expect(rows).toContainText('/docker-entrypoint.sh: Configuration complete; ready for start up');
  await expect(rows).toContainText(/\[notice\] 1#1: start worker processes/);
  await waitForStudentPrompt(rows);
});

test('kubectl exec -it web -- sh opens the container shell, then exit returns to the student', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await runWeb(page, rows);

  await typeLine(page, 'kubectl exec -it web -- sh');
  await expect.poll(() => lastLine(rows), { timeout: 10_000 }).toBe('#');
  await typeLine(page, 'hostname');
  await expect.poll(() => rows.textContent(), { timeout: 10_000 }).toMatch(/# hostname\s*web\s*#\s*$/);
  await typeLine(page, 'exit');
  await waitForStudentPrompt(rows);
  await typeLine(page, 'hostname');
  await expect.poll(() => rows.textContent(), { timeout: 10_000 }).toMatch(/\$ hostname\s*workstation\s*student@/);
});

test('a container that exits goes to CrashLoopBackOff', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl run busypod --image busybox -- sleep 5');
  await expect(rows).toContainText('pod/busypod created');
  await waitForStudentPrompt(rows);
  await getPodsUntil(page, rows, /busypod\s+0\/1\s+CrashLoopBackOff\s+\d+ \(\d+s ago\)/);
});
