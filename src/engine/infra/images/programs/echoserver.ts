// registry.k8s.io/echoserver: 1.10's run.sh makes a self-signed certificate and starts its
// nginx (OpenResty) on 8080/8443; 1.4 starts nginx silently. Both log nothing more until requests.

import type { ExternalProgram } from '../../process.ts';
import type { CatalogueImage } from '../types.ts';
import { writeLines, type ProgramFactory } from './support.ts';

export const echoserverProgram: ProgramFactory = (image: CatalogueImage): ExternalProgram => ({
  start(_args, sys) {
    if (image.version !== '1.4') {
      writeLines(sys, 1, [
        'Generating self-signed cert', 'Generating a 2048 bit RSA private key', '..............+++', '.....+++',
        "writing new private key to '/certs/privateKey.key'", '-----', 'Starting nginx',
      ]);
    }
    return { status: { state: 'blocked' } };
  },
  signal: () => ({ exitAfterMs: 10, code: 0 }),
});
