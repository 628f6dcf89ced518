import { expect, test } from 'vitest';
import { base64Error } from './base64.ts';

test.each(['', 'YWRtaW4=', 'cGFzc3dvcmQ=', 'YWJj', 'YWRtaW4=\n', 'YW\r\nJj'])('%j decodes', (text) => {
  expect(base64Error(text)).toBeUndefined();
});

test.each([
  ['admin', 4], ['x', 0], ['mypassword', 8], ['YQ==YQ==', 4], ['YW Rt', 2], ['YQ=', 3], ['Y===', 1], ['é', 0], ['YWJ-', 3],
])('%j fails at byte %i, as Go reports it', (text, offset) => {
  expect(base64Error(text)).toBe(`illegal base64 data at input byte ${offset}`);
});
