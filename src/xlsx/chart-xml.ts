import { sheetRange } from '../core/sheet/a1';
import type { ChartPlan } from '../core/sheet/plan';

/** DrawingML for the charts of a plan: ExcelJS writes none, so these parts are added to its file. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const AXES = { cat: 500_001, val: 500_002 };

export function chartXml(chart: ChartPlan, sheetName: string, font?: string): string {
  const ref = (r: string) => esc(sheetRange(sheetName, r));
  const series = chart.series
    .map((s, i) => {
      const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>`;
      const data = `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref(s.values)}</c:f></c:numRef></c:val>`;
      if (chart.type === 'bar') return `<c:ser>${head}<c:invertIfNegative val="0"/>${data}</c:ser>`;
      // A reference line (a target) is dashed orange without markers, so it shows over a gridline (DrawingML a:prstDash).
      if (s.reference)
        return `<c:ser>${head}<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="C55A11"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>${data}<c:smooth val="0"/></c:ser>`;
      return `<c:ser>${head}<c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>${data}<c:smooth val="0"/></c:ser>`;
    })
    .join('');
  const axIds = `<c:axId val="${AXES.cat}"/><c:axId val="${AXES.val}"/>`;
  const plot =
    chart.type === 'bar'
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axIds}</c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`;
  // CT_Scaling keeps its children in order: logBase, orientation, max, min; CT_ValAx puts numFmt after the gridlines.
  const axis = (tag: 'catAx' | 'valAx', id: number, cross: number, pos: 'b' | 'l', extra: string, min?: number) =>
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${min === undefined ? '' : `<c:min val="${min}"/>`}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${pos}"/>${extra}<c:crossAx val="${cross}"/></c:${tag}>`;
  const titleRun = chart.titleSize
    ? `<a:pPr><a:defRPr sz="${chart.titleSize * 100}" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="${chart.titleSize * 100}" b="1"/><a:t>${esc(chart.title)}</a:t></a:r>`
    : `<a:r><a:t>${esc(chart.title)}</a:t></a:r>`;
  const valFmt = chart.valueAxis?.numFmt ? `<c:numFmt formatCode="${esc(chart.valueAxis.numFmt)}" sourceLinked="0"/>` : '';
  // Chart text in the sheet's face too (latin and east-Asian slots), not the reader's default.
  const text = font
    ? `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr><a:latin typeface="${esc(font)}"/><a:ea typeface="${esc(font)}"/></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p>${titleRun}</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    axis('catAx', AXES.cat, AXES.val, 'b', '') +
    axis('valAx', AXES.val, AXES.cat, 'l', `<c:majorGridlines/>${valFmt}`, chart.valueAxis?.min) +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>` +
    // Periods without a reading (a quarterly KPI on monthly columns) are bridged, not gaps.
    `${chart.spanGaps ? '<c:dispBlanksAs val="span"/>' : ''}</c:chart>${text}</c:chartSpace>`
  );
}

/** One drawing part anchoring every chart of a sheet; chart k is relationship rId{k+1}. */
export function drawingXml(charts: ChartPlan[]): string {
  const anchors = charts
    .map((c, i) => {
      const at = (p: { row: number; col: number }) =>
        `<xdr:col>${p.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor><xdr:from>${at(c.from)}</xdr:from><xdr:to>${at(c.to)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
        `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${anchors}</xdr:wsDr>`;
}
