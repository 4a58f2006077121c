import { valid } from '../test/helpers/cards';
/*
 * Scorecard sheets at size: 200 criteria × 50 candidates (a large tender) and a 10,000-row KPI
 * sheet. Times the plan, the Office.js writer against the recording stand-in (with its sync
 * count) and the ExcelJS writer, each also as a ratio to a baseline measured in the same run:
 * ExcelJS writing a grid of plain numbers with as many cells as the plan.
 */
import ExcelJS from 'exceljs';
import type { Scorecard } from '../src/core/scorecard';
import { buildScorecardLayout } from '../src/core/sheet';
import { writeScorecardSheet } from '../src/excel/scorecard-sheets';
import { scorecardWorkbook } from '../src/xlsx/scorecard-workbook';
import { FakeWorkbook } from '../test/helpers/fake-excel';
import { fmt, medianMs, medianMsAsync as medianAsync } from './timing';

function tender(criteria: number, candidates: number): Scorecard {
  return {
    format: 1,
    id: 'bench-tender',
    title: { en: 'Large tender', zh: '大型招标' },
    notes: { en: 'Benchmark', zh: '基准' },
    kind: 'selection',
    totalPoints: 100,
    sections: [0, 1, 2, 3].map((s) => ({
      id: `s${s}`,
      name: { en: `Section ${s}`, zh: `部分${s}` },
      weight: 0.25,
      criteria: Array.from({ length: criteria / 4 }, (_, i) => ({
        id: `k${s}-${i}`,
        name: { en: `Requirement ${s}.${i}`, zh: `要求${s}.${i}` },
        weight: 4 / criteria,
        scoring:
          i % 10 === 0
            ? { type: 'rank' as const, maxPoints: 5, points: [5, 4, 3], order: 'asc' as const }
            : { type: 'met' as const, maxPoints: 5, partialPoints: 3 },
      })),
    })),
    candidates: Array.from({ length: candidates }, (_, j) => ({
      id: `c${j}`,
      name: { en: `Vendor ${j}`, zh: `供应商${j}` },
      kind: 'vendor' as const,
      ratings: Object.fromEntries(
        Array.from({ length: criteria }, (_, n) => {
          const s = Math.floor(n / (criteria / 4));
          const i = n % (criteria / 4);
          return [`k${s}-${i}`, i % 10 === 0 ? 1000 + ((j * 7 + i) % 13) * 100 : ['met', 'partial', 'not-met'][(i + j) % 3]];
        }),
      ),
    })),
  };
}

function kpiSheet(rows: number, periods: number): Scorecard {
  return {
    format: 1,
    id: 'bench-kpi',
    title: { en: 'KPI register', zh: 'KPI登记' },
    notes: { en: 'Benchmark', zh: '基准' },
    kind: 'kpi',
    totalPoints: 100,
    sections: [
      {
        id: 'all',
        name: { en: 'KPIs', zh: 'KPI' },
        weight: 1,
        criteria: Array.from({ length: rows }, (_, i) => ({
          id: `kpi${i}`,
          name: { en: `KPI ${i}`, zh: `指标${i}` },
          weight: 1 / rows,
          scoring: {
            type: 'target' as const,
            maxPoints: 100,
            direction: 'at-least' as const,
            target: 0.9,
            unit: 'percent' as const,
            period: 'monthly' as const,
            bands: [],
          },
        })),
      },
    ],
    candidates: Array.from({ length: periods }, (_, j) => ({
      id: `m${j}`,
      name: { en: `Month ${j + 1}`, zh: `${j + 1}月` },
      kind: 'period' as const,
      ratings: Object.fromEntries(Array.from({ length: rows }, (_, i) => [`kpi${i}`, 0.8 + ((i + j) % 20) / 100])),
    })),
  };
}

async function baseline(cells: number): Promise<number> {
  const cols = 100;
  const rows = Math.ceil(cells / cols);
  return medianAsync(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('plain');
    for (let r = 1; r <= rows; r++) ws.addRow(Array.from({ length: cols }, (_, c) => r * c));
    await wb.xlsx.writeBuffer();
  });
}

export async function run(log: (line: string) => void): Promise<void> {
  for (const [label, card] of [
    ['200 criteria × 50 candidates', tender(200, 50)],
    ['10,000 KPI rows × 3 periods', kpiSheet(10_000, 3)],
  ] as const) {
    const planMs = medianMs(() => buildScorecardLayout(valid(card), 'en-US', 'bench001'), 5);
    const cells = buildScorecardLayout(valid(card), 'en-US', 'bench001').plan.cells.length;
    let syncs = 0;
    const officeMs = await medianAsync(async () => {
      const wb = new FakeWorkbook();
      await writeScorecardSheet(valid(card), 'en-US', { linkId: 'bench001' }, wb.run);
      syncs = wb.syncs;
    });
    const exceljsMs = await medianAsync(async () => {
      await scorecardWorkbook(valid(card), 'en-US', { linkId: 'bench001' }).workbook.xlsx.writeBuffer();
    });
    const base = await baseline(cells);
    log(`${label}: ${cells.toLocaleString('en-US')} planned cells`);
    log(`  plan                      ${fmt(planMs)}  (${(planMs / base).toFixed(2)}× baseline)`);
    log(`  Office.js writer (mock)   ${fmt(officeMs)}  (${(officeMs / base).toFixed(2)}× baseline), ${syncs} syncs`);
    log(`  ExcelJS writer + file     ${fmt(exceljsMs)}  (${(exceljsMs / base).toFixed(2)}× baseline)`);
    log(`  baseline: ExcelJS file of ${cells.toLocaleString('en-US')} plain numbers ${fmt(base)}`);
  }
}
