// YAML as kubeadm writes its static pod manifests (sigs.k8s.io/yaml: keys sorted, block style,
// list items at their key's indentation, strings quoted only when they would read as another type).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const PLAIN_UNSAFE = /^$|^[\s\-?:,[\]{}#&*!|>'"%@`~]|[\s]$|: | #|^(true|false|yes|no|on|off|null|y|n)$|^[-+]?(\d[\d_]*)?\.?\d*([eE][-+]?\d+)?$|^0x|^[-+]?\.(inf|nan)$/i;

function scalar(value: Json): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return PLAIN_UNSAFE.test(value) ? `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : value;
  return String(value);
}

function isEmptyCollection(value: Json): boolean {
  return Array.isArray(value) ? value.length === 0 : typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function lines(value: Json, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'object' && item !== null && !isEmptyCollection(item)) {
        const nested: string[] = [];
        lines(item, `${indent}  `, nested);
        out.push(`${indent}- ${nested[0]!.slice(indent.length + 2)}`, ...nested.slice(1));
      } else {
        out.push(`${indent}- ${isEmptyCollection(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}`);
      }
    }
    return;
  }
  if (typeof value !== 'object' || value === null) {
    out.push(`${indent}${scalar(value)}`);
    return;
  }
  for (const key of Object.keys(value).sort()) {
    const v = value[key]!;
    if (isEmptyCollection(v)) out.push(`${indent}${key}: ${Array.isArray(v) ? '[]' : '{}'}`);
    else if (Array.isArray(v)) {
      out.push(`${indent}${key}:`);
      lines(v, indent, out);
    } else if (typeof v === 'object' && v !== null) {
      out.push(`${indent}${key}:`);
      lines(v, `${indent}  `, out);
    } else out.push(`${indent}${key}: ${scalar(v)}`);
  }
}

export function manifestYaml(value: Json): string {
  const out: string[] = [];
  lines(value, '', out);
  return `${out.join('\n')}\n`;
}
