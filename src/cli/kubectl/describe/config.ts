// Describers of configuration objects (describe.go): ConfigMap (1.31 prints a blank line after each
// value), Secret (sizes only, except a service-account token) and ServiceAccount.
// Deviation from upstream: data keys print sorted (Go iterates the map in random order).

import type { ConfigMap, Secret, ServiceAccount } from 'kubernetes-types/core/v1';
import { resourceByName } from '../../../engine/index.ts';
import { compareStrings } from '../printers/go-format.ts';
import { base64Decode } from '../util/base64.ts';
import { printAnnotationsMultiline, printLabelsMultiline, writeNameNamespace } from './common.ts';
import { describeEvents, eventQueryFor, searchEvents } from './events.ts';
import { LEVEL_0, tabbedString } from './prefix-writer.ts';
import type { Describer } from './types.ts';

const SECRETS = resourceByName('', 'secrets')!;
const sortedKeys = (map: Readonly<Record<string, string>> | undefined): string[] => Object.keys(map ?? {}).sort(compareStrings);

/** Byte length of base64 data. */
function decodedLength(encoded: string): number {
  const clean = encoded.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

export const describeConfigMap: Describer = ({ ctx, settings, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const cm = obj as unknown as ConfigMap;
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of sortedKeys(cm.data)) {
      w.write(LEVEL_0, `${k}:\n----\n`);
      w.write(LEVEL_0, `${cm.data![k]}\n`);
      w.write(LEVEL_0, '\n');
    }
    w.write(LEVEL_0, '\nBinaryData\n====\n');
    for (const k of sortedKeys(cm.binaryData)) w.write(LEVEL_0, `${k}: ${decodedLength(cm.binaryData![k]!)} bytes\n`);
    w.write(LEVEL_0, '\n');
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};

export const describeSecret: Describer = ({ ctx, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const secret = obj as unknown as Secret;
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, `\nType:\t${secret.type ?? ''}\n`);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of sortedKeys(secret.data)) {
      const value = secret.data![k]!;
      if (k === 'token' && secret.type === 'kubernetes.io/service-account-token') w.write(LEVEL_0, `${k}:\t${base64Decode(value) ?? ''}\n`);
      else w.write(LEVEL_0, `${k}:\t${decodedLength(value)} bytes\n`);
    }
  });
};

export const describeServiceAccount: Describer = ({ ctx, settings, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const sa = obj as unknown as ServiceAccount;
  const secrets = ctx.client.server.list(SECRETS, namespace).items as unknown as Secret[];
  const existing = new Set(secrets.map((s) => s.metadata?.name ?? ''));
  const tokens = secrets.filter((s) => s.type === 'kubernetes.io/service-account-token'
    && s.metadata?.annotations?.['kubernetes.io/service-account.name'] === name
    && s.metadata?.annotations?.['kubernetes.io/service-account.uid'] === obj.metadata.uid).map((s) => s.metadata?.name ?? '');
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  const sections: Array<[string, string[]]> = [
    ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s) => s.name ?? '')],
    ['Mountable secrets: ', (sa.secrets ?? []).map((s) => s.name ?? '')],
    ['Tokens:            ', tokens],
  ];
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    for (const [header, names] of sections) {
      if (names.length === 0) w.write(LEVEL_0, `${header}\t<none>\n`);
      names.forEach((n, i) => w.write(LEVEL_0, `${i === 0 ? header : ' '.repeat(19)}\t${n}${existing.has(n) || header.startsWith('Tokens') ? '' : ' (not found)'}\n`));
    }
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};
