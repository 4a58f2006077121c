import { tokens } from '@fluentui/react-components';
import * as React from 'react';

/**
 * Horizontal bars, one per candidate in ranking order. Drawn as SVG by hand: a charting
 * library would cost more of the pane's download than the whole editor.
 */
export function BarChart({ label, bars, max }: { label: string; bars: { name: string; value: number }[]; max: number }) {
  const rowH = 28;
  const labelW = 120;
  const width = 360;
  const barW = width - labelW - 48;
  const height = bars.length * rowH + 4;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: 560 }}>
      {bars.map((b, i) => {
        const w = max > 0 ? Math.max(0, (b.value / max) * barW) : 0;
        const y = i * rowH + 4;
        return (
          <g key={i}>
            <text x={labelW - 6} y={y + 15} textAnchor="end" fontSize={12} style={{ fill: tokens.colorNeutralForeground1 }}>
              {b.name.length > 18 ? `${b.name.slice(0, 17)}…` : b.name}
            </text>
            <rect
              x={labelW}
              y={y}
              width={w}
              height={rowH - 10}
              rx={3}
              style={{ fill: i === 0 ? tokens.colorBrandBackground : tokens.colorNeutralForeground4 }}
            />
            <text x={labelW + w + 4} y={y + 14} fontSize={12} style={{ fill: tokens.colorNeutralForeground1 }}>
              {b.value.toFixed(1)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
