import { expect, test } from 'vitest';
import { QUANTITY_FORMAT_WRONG, QUANTITY_SUFFIX, quantitySyntaxError } from './quantity-syntax.ts';

test.each(['0', '1', '500m', '1.5Gi', '128974848', '1e3', '1E-3', '+1', '-2k', '.5', '1.', '100Mi', '2Ei'])('%s is a quantity', (text) => {
  expect(quantitySyntaxError(text)).toBeUndefined();
});

test.each(['', 'abc', '512Mb', '1.5.5', '1Gi ', 'one'])('%j has the wrong format', (text) => {
  expect(quantitySyntaxError(text)).toBe(QUANTITY_FORMAT_WRONG);
});

test.each(['1K', '1mi', '1Ki2', '1e'])('%s has an unknown suffix', (text) => {
  expect(quantitySyntaxError(text)).toBe(QUANTITY_SUFFIX);
});
