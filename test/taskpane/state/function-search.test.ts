import { FunctionDoc, matches } from '../../../src/taskpane/state/function-docs';

/* Issue 14: the function search did not find "CRM.CLV", the way a user types the name in a cell. */
const doc = (id: string, description = ''): FunctionDoc => ({
  id,
  description,
  parameters: [{ name: 'margin', description: '', optional: false }],
  example: '',
  result: '',
});
const clv = doc('CLV', 'Customer lifetime value');
const bg = doc('CLV.BGNBD', 'CLV from a BG/NBD fit');
const churn = doc('CHURN', 'Churn rate');

test.each(['CRM.CLV', '=CRM.CLV(', '=crm.clv(A2, B2', 'ＣＲＭ．ＣＬＶ', 'clv', 'lifetime value', 'margin'])('“%s” finds CLV', (q) =>
  expect(matches(clv, q)).toBe(true),
);

test('a typed name finds the functions it names and no others', () => {
  expect([clv, bg, churn].filter((d) => matches(d, 'CRM.CLV.BGNBD')).map((d) => d.id)).toEqual(['CLV.BGNBD']);
  expect([clv, bg, churn].filter((d) => matches(d, '=CRM.CHURN(')).map((d) => d.id)).toEqual(['CHURN']);
  expect([clv, bg, churn].filter((d) => matches(d, '  ')).length).toBe(3);
});
