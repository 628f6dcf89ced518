// The workstation as the Docker daemon reports it (docker info, docker stats' memory limit):
// Ubuntu 22.04 on a 4-CPU, 16 GB laptop, Docker Engine 27.3 with containerd 1.7.

export const WORKSTATION_HOST = {
  name: 'workstation',
  os: 'Ubuntu 22.04.5 LTS',
  kernel: '5.15.0-130-generic',
  cpus: 4,
  /** MemTotal of a 16 GB machine (15.54GiB). */
  memoryBytes: 16_686_919_680,
} as const;

/** go-units BytesSize: binary units, 4 significant digits (`6.289MiB`, `15.54GiB`). */
export function bytesSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let size = bytes;
  let i = 0;
  while (size >= 1024 && i < units.length - 1) {
    size /= 1024;
    i++;
  }
  return `${Number(size.toPrecision(4))}${units[i]!}`;
}
