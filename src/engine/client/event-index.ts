// Which Event already records a given occurrence (same object, reason, message, type and field
// path), so a repeat is folded into it without listing every event: kept current by a watch on
// events, rebuilt from the API after a snapshot is restored.

import type { KubeObject } from '../api/types.ts';
import type { ApiClient } from './client.ts';

export class EventIndex {
  private readonly names = new Map<string, string>();

  constructor(private readonly client: ApiClient) {
    client.watch('/events', (e) => {
      const key = EventIndex.keyOf(e.object);
      if (e.type === 'DELETED') {
        if (this.names.get(key) === e.object.metadata.name) this.names.delete(key);
      } else {
        this.names.set(key, e.object.metadata.name!);
      }
    });
    this.rebuild();
  }

  rebuild(): void {
    this.names.clear();
    for (const e of this.client.list('/events')) this.names.set(EventIndex.keyOf(e), e.metadata.name!);
  }

  find(namespace: string, key: string): KubeObject | undefined {
    const name = this.names.get(key);
    return name ? this.client.get('/events', namespace, name) : undefined;
  }

  static keyOf(event: KubeObject): string {
    const o = event.involvedObject as { uid?: string; fieldPath?: string };
    return EventIndex.key(event.metadata.namespace ?? '', o.uid ?? '', String(event.type), String(event.reason), String(event.message), o.fieldPath);
  }

  static key(namespace: string, uid: string, type: string, reason: string, message: string, fieldPath: string | undefined): string {
    return [namespace, uid, type, reason, message, fieldPath ?? ''].join('\u0000');
  }
}
