import { tokens } from '@fluentui/react-components';
import * as React from 'react';

/** Distinct hues readable on light and dark backgrounds, for up to six people. */
const COLOURS = ['#0f6cbd', '#c239b3', '#107c10', '#ca5010', '#4f6bed', '#8e562e'];

/** Width of a label line, counting a Chinese character as two Latin ones. */
const widthOf = (s: string) => Array.from(s).reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
const LINE = 16;

/**
 * A label in at most two lines of about 16 Latin characters, broken at spaces where there are
 * any (Chinese breaks anywhere); what does not fit ends in an ellipsis, and the whole name is
 * the label's tooltip.
 */
export function lines(name: string): string[] {
  const out: string[] = [];
  let rest = name.trim();
  while (rest && out.length < 2) {
    if (widthOf(rest) <= LINE) {
      out.push(rest);
      rest = '';
      break;
    }
    let cut = 0;
    let w = 0;
    for (const ch of Array.from(rest)) {
      w += widthOf(ch);
      if (w > LINE) break;
      cut += ch.length;
    }
    const space = rest.lastIndexOf(' ', cut);
    const at = space > 0 ? space : cut;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) {
    const last = out[out.length - 1];
    out[out.length - 1] = widthOf(last) < LINE ? `${last}…` : `${last.replace(/.$/u, '')}…`;
  }
  return out;
}

/**
 * One axis per criterion, 0 at the centre and the full share at the rim, one polygon per
 * person: the profile of an appraisal is what matters, not only the total.
 */
export function RadarChart({ label, axes, series }: { label: string; axes: string[]; series: { name: string; shares: number[] }[] }) {
  // Room around the rim for labels of two short lines: a 300-unit chart in a 380-unit frame.
  const size = 380;
  const c = size / 2;
  const r = 100;
  const n = axes.length;
  const at = (i: number, share: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [c + Math.cos(a) * r * share, c + Math.sin(a) * r * share];
  };
  const ring = (share: number) => axes.map((_, i) => at(i, share).join(',')).join(' ');
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} width="100%" style={{ maxWidth: 360 }}>
        {[0.25, 0.5, 0.75, 1].map((s) => (
          <polygon key={s} points={ring(s)} style={{ fill: 'none', stroke: tokens.colorNeutralStroke2 }} />
        ))}
        {axes.map((name, i) => {
          const [x, y] = at(i, 1);
          const [lx, ly] = at(i, 1.18);
          return (
            <g key={i}>
              <line x1={c} y1={c} x2={x} y2={y} style={{ stroke: tokens.colorNeutralStroke2 }} />
              <text
                x={lx}
                y={ly - (lines(name).length - 1) * 6}
                fontSize={11}
                textAnchor={lx < c - 5 ? 'end' : lx > c + 5 ? 'start' : 'middle'}
                style={{ fill: tokens.colorNeutralForeground1 }}
              >
                <title>{name}</title>
                {lines(name).map((line, k) => (
                  <tspan key={k} x={lx} dy={k === 0 ? 0 : 12}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {series.map((s, k) => (
          <polygon
            key={k}
            points={s.shares.map((v, i) => at(i, v).join(',')).join(' ')}
            style={{ fill: COLOURS[k % COLOURS.length], fillOpacity: 0.15, stroke: COLOURS[k % COLOURS.length], strokeWidth: 2 }}
          />
        ))}
      </svg>
      <figcaption style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        {series.map((s, k) => (
          <span key={k} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <span aria-hidden="true" style={{ width: 12, height: 12, borderRadius: 2, background: COLOURS[k % COLOURS.length], display: 'inline-block' }} />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
