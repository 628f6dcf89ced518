// How long containerd takes to pull and unpack an image on the course's training VMs: a resolve /
// auth round trip, then the compressed content at a home-broadband rate, unpacked as it arrives.
// Determinism: the kubelet passes the jitter, drawn from the cluster's seeded generator.

/** Registry round trips before the first byte (token, HEAD manifest, GET index and manifest). */
const RESOLVE_MS_MIN = 900;
const RESOLVE_MS_SPREAD = 700;
/** Download and unpack rate: ~70 MB of nginx in about 6 s. */
const BYTES_PER_MS = 12_500;
/** The transfer takes 0.8× to 1.25× its nominal time. */
const TRANSFER_FACTOR_MIN = 0.8;
const TRANSFER_FACTOR_SPREAD = 0.45;

/** Pull duration in whole milliseconds for `sizeBytes` of content; `jitter01` in [0, 1). */
export function pullDurationMs(sizeBytes: number, jitter01: number): number {
  const resolveMs = RESOLVE_MS_MIN + RESOLVE_MS_SPREAD * jitter01;
  const transferMs = (sizeBytes / BYTES_PER_MS) * (TRANSFER_FACTOR_MIN + TRANSFER_FACTOR_SPREAD * jitter01);
  return Math.round(resolveMs + transferMs);
}
