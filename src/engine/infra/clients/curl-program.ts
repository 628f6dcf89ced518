// `/usr/bin/curl` in the images that ship it: the curl client at the version the image's
// distribution packages (curlimages/curl its own; Debian bookworm 7.88.1; Alpine 3.16 7.83.1;
// Ubuntu 22.04 7.81.0).

import type { CatalogueImage } from '../images/types.ts';
import type { ProgramFactory } from '../images/programs/support.ts';
import { clientProgram } from './container.ts';
import { curl } from './curl.ts';

/** Distribution release file → the curl version it packages. */
const PACKAGED: ReadonlyArray<readonly [file: string, pattern: RegExp, version: string]> = [
  ['/etc/debian_version', /^12\./, '7.88.1'],
  ['/etc/alpine-release', /^3\.1[0-6]\./, '7.83.1'],
  ['/etc/alpine-release', /^3\./, '8.11.1'],
  ['/etc/os-release', /VERSION_ID="22\.04"/, '7.81.0'],
];

export function curlVersionOf(image: CatalogueImage): string {
  if (image.repository.endsWith('curlimages/curl')) return image.version;
  for (const [file, pattern, version] of PACKAGED) {
    const text = image.files[file];
    if (typeof text === 'string' && pattern.test(text)) return version;
  }
  return '7.88.1';
}

export const curlProgram: ProgramFactory = (image, name) => {
  const version = curlVersionOf(image);
  return clientProgram((argv, env) => curl(argv, env, version), name);
};
