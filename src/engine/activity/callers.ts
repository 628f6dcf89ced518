// Who a client is when it talks to the API server: its component and the user agent client-go
// builds for it (`<binary>/<version> (<os>/<arch>) kubernetes/<commit>`, plus the controller's
// name for kube-controller-manager and `scheduler` for kube-scheduler, as their client builders add).

import type { Caller } from './types.ts';

/** The short git commit of the v1.31.4 binaries (what `kubectl version` reports for them). */
const GIT_COMMIT_SHORT = 'a78aa47';
const PLATFORM = 'linux/amd64';

function userAgent(binary: string, version: string, suffix?: string): string {
  return `${binary}/${version} (${PLATFORM}) kubernetes/${GIT_COMMIT_SHORT}${suffix === undefined ? '' : `/${suffix}`}`;
}

export function kubectlCaller(user: string, version: string): Caller {
  return { actor: 'kubectl', user, userAgent: userAgent('kubectl', version) };
}

export function controllerCaller(user: string, version: string, controller?: string): Caller {
  return {
    actor: 'kube-controller-manager', ...(controller !== undefined ? { detail: controller } : {}), user,
    userAgent: userAgent('kube-controller-manager', version, controller),
  };
}

export function schedulerCaller(user: string, version: string): Caller {
  return { actor: 'kube-scheduler', user, userAgent: userAgent('kube-scheduler', version, 'scheduler') };
}

export function kubeletCaller(user: string, version: string, node?: string): Caller {
  return { actor: 'kubelet', ...(node !== undefined ? { detail: node } : {}), user, userAgent: userAgent('kubelet', version) };
}
