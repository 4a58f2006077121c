import type { Text } from '../errors';

/**
 * How well the data determine a fit, in plain words. The spread of each parameter comes from
 * the curvature of the log-likelihood at the optimum (the observed information; its inverse
 * is the asymptotic covariance of the maximum-likelihood estimates). The fits work on log
 * parameters, so the standard error of ln θ is the relative standard error of θ. The
 * curvature is taken by central differences of the analytic gradient, one pair per parameter.
 */
export interface Verdict {
  determined: boolean;
  /** Relative standard error of each parameter (Infinity where the curvature says nothing). */
  relativeSE: number[];
  text: Text;
}

/** Above this relative error (±50 %) a parameter is said not to be pinned down. */
export const LOOSE = 0.5;
/** A parameter this large or small on its own scale sits at the edge of what the data can say. */
const EDGE = 1e4;

/** Inverse of a small symmetric matrix by Gauss–Jordan with partial pivoting; null when singular. */
export function invert(a: number[][]): number[][] | null {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    if (!(Math.abs(m[p][c]) > 1e-300)) return null;
    [m[c], m[p]] = [m[p], m[c]];
    const piv = m[c][c];
    for (let j = 0; j < 2 * n; j++) m[c][j] /= piv;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c];
      if (f !== 0) for (let j = 0; j < 2 * n; j++) m[r][j] -= f * m[c][j];
    }
  }
  return m.map((row) => row.slice(n));
}

/**
 * `gradient(logTheta, g)` fills ∂ ln L / ∂ ln θ at a point of log parameters (total over the
 * data, not the mean). `names` are the parameters as the sheet shows them.
 */
export function fitVerdict(names: readonly string[], logTheta: readonly number[], gradient: (v: readonly number[], g: number[]) => void): Verdict {
  const n = logTheta.length;
  const h = 1e-4;
  const hess: number[][] = [];
  for (let j = 0; j < n; j++) {
    const up = new Array<number>(n).fill(0);
    const down = new Array<number>(n).fill(0);
    gradient(
      logTheta.map((v, i) => (i === j ? v + h : v)),
      up,
    );
    gradient(
      logTheta.map((v, i) => (i === j ? v - h : v)),
      down,
    );
    hess.push(up.map((u, i) => (u - down[i]) / (2 * h)));
  }
  // Symmetrise: the two halves differ only by rounding.
  const info = hess.map((row, i) => row.map((v, j) => -(v + hess[j][i]) / 2));
  const cov = invert(info);
  const relativeSE = names.map((_, i) => {
    const v = cov ? cov[i][i] : NaN;
    return v > 0 && Number.isFinite(v) ? Math.sqrt(v) : Infinity;
  });
  const atEdge = names.filter((_, i) => Math.abs(logTheta[i]) > Math.log(EDGE));
  const loose = names.filter((_, i) => !(relativeSE[i] <= LOOSE));
  const weak = [...new Set([...atEdge, ...loose])];
  if (weak.length === 0)
    return {
      determined: true,
      relativeSE,
      text: {
        en: `Well determined: every parameter is known to within ±${Math.round(100 * Math.max(...relativeSE))} % (one standard error).`,
        zh: `参数已被数据充分确定：每个参数的相对标准误不超过 ±${Math.round(100 * Math.max(...relativeSE))}%。`,
      },
    };
  return {
    determined: false,
    relativeSE,
    text: {
      en: `The data do not pin this down: ${weak.join(', ')} could be far from the value shown. Treat the results as rough; more customers or a longer calibration period help.`,
      zh: `数据不足以确定该模型：${weak.join('、')} 可能与所示数值相差甚远。请将结果视为粗略估计；更多客户或更长的校准期会有帮助。`,
    },
  };
}
