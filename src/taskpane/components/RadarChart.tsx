import { tokens } from '@fluentui/react-components';
import * as React from 'react';

/** Distinct hues readable on light and dark backgrounds, for up to six people. */
const COLOURS = ['#0f6cbd', '#c239b3', '#107c10', '#ca5010', '#4f6bed', '#8e562e'];

/**
 * One axis per criterion, 0 at the centre and the full share at the rim, one polygon per
 * person: the profile of an appraisal is what matters, not only the total.
 */
export function RadarChart({ label, axes, series }: { label: string; axes: string[]; series: { name: string; shares: number[] }[] }) {
  const size = 300;
  const c = size / 2;
  const r = 90;
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
                y={ly}
                fontSize={10}
                textAnchor={lx < c - 5 ? 'end' : lx > c + 5 ? 'start' : 'middle'}
                style={{ fill: tokens.colorNeutralForeground1 }}
              >
                {name.length > 16 ? `${name.slice(0, 15)}…` : name}
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
