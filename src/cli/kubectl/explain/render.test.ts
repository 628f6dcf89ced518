import { expect, test } from 'vitest';
import { explain, type ExplainDocument } from './render.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A small document with the shapes the template branches on: allOf refs, lists, maps, enums, a cycle. */
const DOCUMENT: ExplainDocument = { components: { schemas: {
  'io.example.v1.Widget': {
    description: 'Widget is a test kind.', type: 'object', required: ['spec'],
    properties: { spec: { allOf: [ref('io.example.v1.WidgetSpec')], description: 'Spec of the widget.' } },
    'x-kubernetes-group-version-kind': [{ group: 'example.io', kind: 'Widget', version: 'v1' }],
  },
  'io.example.v1.WidgetSpec': {
    type: 'object',
    properties: {
      mode: { type: 'string', enum: ['', 'A', 'B', 'C', 'D'], description: 'Mode of operation.' },
      parts: { type: 'array', items: ref('io.example.v1.Part') },
      sizes: { type: 'object', additionalProperties: { type: 'integer', format: 'int32' }, description: 'Sizes by name.' },
    },
  },
  'io.example.v1.Part': {
    description: 'Part is a piece; parts nest.', type: 'object',
    properties: { child: { allOf: [ref('io.example.v1.Part')], description: 'The nested part.' }, raw: { type: 'object' } },
  },
} } };

const widget = (path: string[], recursive = false) => explain(path, { recursive }, { group: 'example.io', version: 'v1', kind: 'Widget' }, DOCUMENT);

test('a field without a description of its own, enums cut after four values, maps and lists', () => {
  expect(widget(['spec']).text).toBe([
    'GROUP:      example.io',
    'KIND:       Widget',
    'VERSION:    v1',
    '',
    'FIELD: spec <WidgetSpec>',
    '',
    '',
    'DESCRIPTION:',
    '    Spec of the widget.',
    '    ',
    'FIELDS:',
    '  mode\t<string>',
    '  enum: "", A, B, C, ....',
    '    Mode of operation.',
    '',
    '  parts\t<[]Part>',
    '    <no description>',
    '',
    '  sizes\t<map[string]integer>',
    '    Sizes by name.',
    '',
    '',
    '',
  ].join('\n'));
});

test('--recursive stops at a type already on the path', () => {
  expect(widget([], true).text.split('\n').slice(7)).toEqual([
    'FIELDS:',
    '  spec\t<WidgetSpec> -required-',
    '    mode\t<string>',
    '    enum: "", A, B, C, ....',
    '    parts\t<[]Part>',
    '      child\t<Part>',
    '      raw\t<Object>',
    '    sizes\t<map[string]integer>',
    '',
    '',
  ]);
});

test('ENUM lists every value in the long view; a schema with no description prints <empty>', () => {
  expect(widget(['spec', 'mode']).text).toContain('FIELD: mode <string>\nENUM:\n    ""\n    A\n    B\n    C\n    D\n\nDESCRIPTION:\n');
  expect(widget(['spec', 'parts', 'raw']).text).toContain('FIELD: raw <Object>\n\n\nDESCRIPTION:\n    <empty>\n');
});

test('paths go through list items and cyclic refs', () => {
  expect(widget(['spec', 'parts', 'child', 'child', 'raw']).ok).toBe(true);
  expect(widget(['spec', 'sizes', 'x'])).toMatchObject({ ok: false, error: 'error: field "x" does not exist' });
});
