import { tokens } from '@fluentui/react-components';
import * as React from 'react';

export interface LineSeries {
  name: string;
  /** One value per category; null leaves a gap. */
  values: (number | null)[];
  dashed?: boolean;
}

const COLOURS = ['#0f6cbd', '#ca5010'];

/**
 * A small line chart for the pane: its title above, categories along the bottom with what they
 * count, the value axis from zero, one line per series (the second dashed when asked) and an
 * optional vertical marker with its label. Drawn in a fixed view box and scaled to the pane's width, so it reads at 350 px.
 */
export function LineChart({
  label,
  categories,
  series,
  marker,
  tickEvery = 1,
  xTitle,
}: {
  /** The chart's title, shown above it and read out as its name. */
  label: string;
  /** What the categories along the bottom are. */
  xTitle?: string;
  categories: string[];
  series: LineSeries[];
  marker?: { at: number; label: string };
  tickEvery?: number;
}) {
  const width = 320;
  const height = 180;
  const left = 36;
  const bottom = xTitle ? 34 : 22;
  const top = 10;
  const right = 8;
  const n = categories.length;
  const max = Math.max(1e-9, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const x = (i: number) => left + (n <= 1 ? 0 : (i * (width - left - right)) / (n - 1));
  const y = (v: number) => height - bottom - (v / max) * (height - bottom - top);
  const ticks = [0, 0.5, 1].map((f) => f * max);
  const fmt = (v: number) => (max >= 100 ? v.toFixed(0) : max >= 10 ? v.toFixed(1) : v.toFixed(2));
  return (
    <figure style={{ margin: 0 }}>
      <div aria-hidden="true" style={{ fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold }}>
        {label}
      </div>
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: 560 }}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={width - right} y1={y(v)} y2={y(v)} style={{ stroke: tokens.colorNeutralStroke2 }} />
            <text x={left - 4} y={y(v) + 3} fontSize={9} textAnchor="end" style={{ fill: tokens.colorNeutralForeground2 }}>
              {fmt(v)}
            </text>
          </g>
        ))}
        {categories.map((c, i) =>
          i % tickEvery === 0 || i === n - 1 ? (
            <text key={i} x={x(i)} y={height - bottom + 14} fontSize={9} textAnchor="middle" style={{ fill: tokens.colorNeutralForeground2 }}>
              {c}
            </text>
          ) : null,
        )}
        {xTitle && (
          <text x={(left + width - right) / 2} y={height - 3} fontSize={9} textAnchor="middle" style={{ fill: tokens.colorNeutralForeground2 }}>
            {xTitle}
          </text>
        )}
        {marker && (
          <g>
            <line x1={x(marker.at)} x2={x(marker.at)} y1={top} y2={height - bottom} style={{ stroke: tokens.colorNeutralStroke1, strokeDasharray: '2 2' }} />
            <text x={x(marker.at) + 3} y={top + 8} fontSize={9} style={{ fill: tokens.colorNeutralForeground2 }}>
              {marker.label}
            </text>
          </g>
        )}
        {series.map((s, k) => {
          // A gap (null) starts a new run of the line.
          const runs: string[][] = [[]];
          s.values.forEach((v, i) => (v === null ? runs.push([]) : runs[runs.length - 1].push(`${x(i)},${y(v)}`)));
          return runs
            .filter((r) => r.length > 0)
            .map((r, j) => (
              <polyline
                key={`${k}-${j}`}
                data-series={s.name}
                points={r.join(' ')}
                style={{ fill: 'none', stroke: COLOURS[k % COLOURS.length], strokeWidth: 2, strokeDasharray: s.dashed ? '5 3' : undefined }}
              />
            ));
        })}
      </svg>
      <figcaption style={{ display: 'flex', gap: 12, flexWrap: 'wrap', fontSize: tokens.fontSizeBase200 }}>
        {series.map((s, k) => (
          <span key={s.name}>
            <svg width="18" height="8" aria-hidden="true">
              <line
                x1="0"
                x2="18"
                y1="4"
                y2="4"
                style={{ stroke: COLOURS[k % COLOURS.length], strokeWidth: 2, strokeDasharray: s.dashed ? '5 3' : undefined }}
              />
            </svg>{' '}
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
