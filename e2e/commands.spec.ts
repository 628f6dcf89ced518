// Commands a student leans on between kubectl calls, in the real page: `kubectl wait` holding the
// prompt until a Deployment is available, `sed -i` editing a file, and a pod running kubectl as its
// ServiceAccount.

import { expect, test } from '@playwright/test';
import { openSandboxAtTenTimes, typeLine, waitForStudentPrompt } from './support.ts';

test('kubectl wait returns once the Deployment is available, and sed -i edits a file', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl create deployment web --image nginx');
  await expect(rows).toContainText('deployment.apps/web created');
  await waitForStudentPrompt(rows);
  await typeLine(page, 'kubectl wait --for=condition=Available deployment/web --timeout=120s');
  await expect(rows).toContainText('deployment.apps/web condition met', { timeout: 30_000 });
  await waitForStudentPrompt(rows);

  await typeLine(page, 'clear');
  await typeLine(page, "echo 'replicas: 1' > web.yaml && sed -i 's/replicas: 1/replicas: 3/' web.yaml && cat web.yaml");
  await expect(rows).toContainText('replicas: 3');
});

test('kubectl inside a bitnami/kubectl pod is forbidden until its ServiceAccount is bound', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl run k --image=bitnami/kubectl --command -- sleep 3600');
  await waitForStudentPrompt(rows);
  await typeLine(page, 'kubectl wait --for=condition=Ready pod/k --timeout=120s');
  await expect(rows).toContainText('pod/k condition met', { timeout: 30_000 });
  await waitForStudentPrompt(rows);
  await typeLine(page, 'kubectl exec k -- kubectl get pods');
  await expect(rows).toContainText('User "system:serviceaccount:default:default" cannot list resource "pods"');
  await waitForStudentPrompt(rows);
  await typeLine(page, 'kubectl create rolebinding view --clusterrole=view --serviceaccount=default:default');
  await waitForStudentPrompt(rows);
  await typeLine(page, 'clear');
  await typeLine(page, 'kubectl exec k -- kubectl get pods');
  await expect(rows).toContainText(/k\s+1\/1\s+Running/);
});
