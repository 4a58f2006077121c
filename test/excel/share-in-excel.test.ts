import { base64Of } from '../../src/excel/share-in-excel';

test('base64 of a workbook-sized file matches Node’s own encoder across slice boundaries', () => {
  const bytes = new Uint8Array(0x8000 * 2 + 7).map((_, i) => (i * 131 + 7) % 256);
  expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  expect(base64Of(new Uint8Array())).toBe('');
});
