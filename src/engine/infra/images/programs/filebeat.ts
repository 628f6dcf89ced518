// Elastic's filebeat (the course's DaemonSet lab): its JSON startup log, then the output it cannot
// reach (no Elasticsearch in the course cluster), serving until SIGTERM. Mirrors Beats 8 ECS logs.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import { isoMillis } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { writeLines, type ProgramFactory } from './support.ts';

function entry(sys: ProcSys, level: 'info' | 'error', origin: string, message: string, offsetMs = 0): string {
  const [file, line] = origin.split(':') as [string, string];
  return JSON.stringify({
    'log.level': level, '@timestamp': isoMillis(sys.nowMs() + offsetMs),
    'log.origin': { 'file.name': file, 'file.line': Number(line) }, message, 'service.name': 'filebeat', 'ecs.version': '1.6.0',
  });
}

export const filebeatProgram: ProgramFactory = (image: CatalogueImage): ExternalProgram => ({
  start(args, sys) {
    if (args[0] === 'version') {
      sys.write(1, `filebeat version ${image.version} (amd64), libbeat ${image.version}\n`);
      return { status: { state: 'exited', code: 0 } };
    }
    writeLines(sys, 2, [
      entry(sys, 'info', 'instance/beat.go:811', 'Home path: [/usr/share/filebeat] Config path: [/usr/share/filebeat] Data path: [/usr/share/filebeat/data] Logs path: [/usr/share/filebeat/logs]'),
      entry(sys, 'info', 'instance/beat.go:819', `Beat ID: ${sys.hostname}`, 2),
      entry(sys, 'info', 'instance/beat.go:1332', `Beat info ${JSON.stringify({ system_info: { beat: { version: image.version } } })}`, 3),
      entry(sys, 'info', 'instance/beat.go:527', 'filebeat start running.', 120),
      entry(sys, 'error', 'pipeline/client_worker.go:174', 'Failed to connect to backoff(elasticsearch(http://elasticsearch:9200)): Get "http://elasticsearch:9200": lookup elasticsearch on 10.96.0.10:53: no such host', 1_200),
    ]);
    return { status: { state: 'blocked' } };
  },
  signal: () => ({ exitAfterMs: 50, code: 0 }),
});
