// What `kubeadm join` needs to find and trust the control plane: its endpoint and the pin of the
// cluster CA's public key (sha256 of its DER SubjectPublicKeyInfo), as kubeadm prints them.

import { CA_PEM } from '../../profiles/course/pki.ts';

/**
 * The pins of the CAs the profiles use, computed once with `openssl x509 -pubkey | openssl pkey
 * -pubin -outform der | sha256sum` (the engine carries no SHA-256).
 */
const CA_PINS: ReadonlyMap<string, string> = new Map([
  [CA_PEM, 'sha256:3a51c61ff119f4a73e7c519bd1d2667f3ffa16a2bc697263760bdb7eb7b485a1'],
]);

export function caCertHash(caPem: string): string | undefined {
  return CA_PINS.get(caPem);
}

/** `192.168.56.11:6443` from `https://192.168.56.11:6443`. */
export function controlPlaneEndpoint(server: string): string {
  return server.replace(/^https:\/\//, '');
}

/** `kubeadm token create --print-join-command`'s line (kubeadm leaves a space at its end). */
export function joinCommand(server: string, token: string, caPem: string): string {
  return `kubeadm join ${controlPlaneEndpoint(server)} --token ${token} --discovery-token-ca-cert-hash ${caCertHash(caPem) ?? ''} `;
}
