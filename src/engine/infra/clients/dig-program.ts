// `/usr/bin/dig` and BIND's `/usr/bin/nslookup` in the images that ship them, at the release their
// distribution packages: Debian jessie's 9.9.5 (jessie-dnsutils), Alpine 3.16's 9.16 (agnhost 2.40),
// 9.18 elsewhere.

import type { CatalogueImage } from '../images/types.ts';
import type { ProgramFactory } from '../images/programs/support.ts';
import { clientProgram } from './container.ts';
import { bindNslookup } from './dig-nslookup.ts';
import type { DigFlavour } from './dig-message.ts';
import { dig } from './dig.ts';

const JESSIE: DigFlavour = { version: '9.9.5-9+deb8u19-Debian', cookie: false, udpSize: 4096, modern: false };
const ALPINE_316: DigFlavour = { version: '9.16.33', cookie: true, udpSize: 1232, modern: false };
const CURRENT: DigFlavour = { version: '9.18.33', cookie: true, udpSize: 1232, modern: true };

export function digFlavourOf(image: CatalogueImage): DigFlavour {
  const debian = image.files['/etc/debian_version'];
  if (typeof debian === 'string' && debian.startsWith('8.')) return JESSIE;
  const alpine = image.files['/etc/alpine-release'];
  if (typeof alpine === 'string' && alpine.startsWith('3.16.')) return ALPINE_316;
  return CURRENT;
}

export const digProgram: ProgramFactory = (image, name) => {
  const flavour = digFlavourOf(image);
  return clientProgram((argv, env) => dig(argv, env, flavour), name);
};

export const bindNslookupProgram: ProgramFactory = (_image, name) => clientProgram(bindNslookup, name);
