import { t5KpiTracker, validateTracker } from '../../../src/core/kpi';
import { StoredDefinitionError } from '../../../src/core/sheet/stored';
import { parseStoredTrackerRow, storedTrackerRow } from '../../../src/core/sheet/tracker-stored';

const tracker = (() => {
  const r = validateTracker(t5KpiTracker);
  if (!r.ok) throw new Error('invalid');
  return r.tracker;
})();

test('a stored tracker row reads back as the same tracker', () => {
  const row = storedTrackerRow({ linkId: 'abcd1234', lang: 'zh-CN', sheetName: 'KPIs', tracker });
  expect(parseStoredTrackerRow(row, 'KPIs')).toEqual({ linkId: 'abcd1234', lang: 'zh-CN', sheetName: 'KPIs', tracker });
});

test('a damaged, invalid or newer row is refused with a message in both languages', () => {
  const row = storedTrackerRow({ linkId: 'abcd1234', lang: 'en-US', sheetName: 'KPIs', tracker });
  const refuse = (r: unknown[]) => {
    try {
      parseStoredTrackerRow(r as never, 'KPIs');
    } catch (e) {
      expect(e).toBeInstanceOf(StoredDefinitionError);
      return (e as StoredDefinitionError).text;
    }
    throw new Error('accepted');
  };
  expect(refuse([...row.slice(0, 4), '{"format":1']).en).toMatch(/damaged \(JSON\)/);
  expect(refuse([row[0], 2, ...row.slice(2)]).zh).toMatch(/更新版本保存（格式 2/);
  const wrong = JSON.parse(String(row[4]));
  wrong.kpis[0].warning = 0.9;
  expect(refuse([...row.slice(0, 4), JSON.stringify(wrong)]).en).toMatch(/warning edge must be at or below the target/);
});
