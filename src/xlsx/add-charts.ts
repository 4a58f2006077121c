import JSZip from 'jszip';
import type { ChartPlan } from '../core/sheet/plan';
import { chartXml, drawingXml } from './chart-xml';

/**
 * Adds the charts of each plan to a saved .xlsx. ExcelJS has no chart support, so the chart
 * and drawing parts are written beside its output and linked from the sheet: the part names,
 * relationships and content types are the ones of the Office Open XML standard (ECMA-376).
 * JSZip is the zip library ExcelJS itself uses.
 */
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** Elements a <drawing> must precede in a worksheet part (CT_Worksheet sequence). */
const AFTER_DRAWING = [
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];

export interface SheetCharts {
  /** 0-based position of the sheet in the workbook as ExcelJS wrote it (part sheet{n+1}.xml). */
  sheetIndex: number;
  sheetName: string;
  charts: ChartPlan[];
  /** The sheet's face, for the charts' text. */
  font?: string;
}

export async function addCharts(bytes: Uint8Array, sheets: SheetCharts[]): Promise<Uint8Array> {
  const todo = sheets.filter((s) => s.charts.length > 0);
  if (todo.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  let chartNo = 0;
  for (const [d, s] of todo.entries()) {
    const drawing = `drawing${d + 1}.xml`;
    const sheetPart = `xl/worksheets/sheet${s.sheetIndex + 1}.xml`;
    const relsPart = `xl/worksheets/_rels/sheet${s.sheetIndex + 1}.xml.rels`;
    const rels: string[] = [];
    for (const c of s.charts) {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(c, s.sheetName, s.font));
      types = types.replace('</Types>', `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/></Types>`);
      rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL_CHART}" Target="../charts/chart${chartNo}.xml"/>`);
    }
    zip.file(`xl/drawings/${drawing}`, drawingXml(s.charts));
    zip.file(
      `xl/drawings/_rels/${drawing}.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    );
    types = types.replace('</Types>', `<Override PartName="/xl/drawings/${drawing}" ContentType="${CT_DRAWING}"/></Types>`);

    const relId = 'rIdCrmDrawing1';
    const existing = zip.file(relsPart);
    const relXml = existing
      ? (await existing.async('string')).replace(
          '</Relationships>',
          `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/${drawing}"/></Relationships>`,
        )
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/${drawing}"/></Relationships>`;
    zip.file(relsPart, relXml);

    let sheetXml = await zip.file(sheetPart)!.async('string');
    const at = Math.min(...AFTER_DRAWING.map((t) => sheetXml.indexOf(t)).filter((i) => i >= 0));
    sheetXml = `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
    if (!/xmlns:r=/.test(sheetXml.slice(0, sheetXml.indexOf('>', sheetXml.indexOf('<worksheet')))))
      sheetXml = sheetXml.replace('<worksheet', `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`);
    zip.file(sheetPart, sheetXml);
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
