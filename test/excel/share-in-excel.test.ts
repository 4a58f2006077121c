import { base64Of, excelSharing } from '../../src/excel/share-in-excel';
import { fakeHostApiSets } from '../helpers/fake-excel';
import { valid } from '../helpers/cards';
import { panelCard } from '../helpers/panel-card';

test('base64 of a workbook-sized file matches Node’s own encoder across slice boundaries', () => {
  const bytes = new Uint8Array(0x8000 * 2 + 7).map((_, i) => (i * 131 + 7) % 256);
  expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  expect(base64Of(new Uint8Array())).toBe('');
});

test('a copy Excel cannot open stops the sending and names whose copies are open and whose are not, in both languages', async () => {
  fakeHostApiSets('1.8');
  try {
    const created: string[] = [];
    const files = { copy: async () => new Uint8Array([1, 2, 3]), merge: async () => Promise.reject(new Error('unused')), consolidated: async () => new Blob() };
    const create = async (b64: string) => {
      if (created.length === 2) throw new Error('The pop-up was blocked');
      created.push(b64);
    };
    const host = excelSharing(files, () => undefined, undefined, create);
    const copies = ['Ann', 'Bo', 'Cy', 'Di'].map((name) => ({ name, card: valid(panelCard) }));
    const failure = await host.sendCopies(copies, 'en-US', () => undefined).catch((e) => e);
    expect(created).toEqual(['AQID', 'AQID']);
    expect(failure.text).toEqual({
      en: 'The copies of Ann, Bo are open as new workbooks. Excel could not open the copy of Cy (The pop-up was blocked); the copies of Cy, Di were not sent. Send again for them only.',
      zh: 'Ann、Bo的副本已作为新工作簿打开。Excel 无法打开Cy的副本（The pop-up was blocked）；Cy、Di的副本未发出。请仅为他们重新发送。',
    });
  } finally {
    fakeHostApiSets(null);
  }
});
