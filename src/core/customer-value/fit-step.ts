import { numError, type Text } from '../errors';
import { fitGammaGamma, GAMMA_GAMMA, gammaGammaLogLik, MIN_REPEATERS, type GammaGammaParams } from '../models/gamma-gamma';
import type { OnIteration } from '../numeric/minimize';
import { cvMessages as m } from './messages';
import { CUSTOMER_MODELS, groupCustomers, type PurchaseModel } from './models';
import type { Summary } from './summarise';
import { fitVerdict, type Verdict } from './verdict';

export interface ModelFit {
  model: PurchaseModel;
  params: number[];
  logLik: number;
  verdict: Verdict;
}

export interface FittedModels {
  purchases: ModelFit;
  spend: { params: GammaGammaParams; logLik: number; verdict: Verdict };
}

export type FitStage = 'purchases' | 'spend';

/**
 * Fits the chosen purchase model and Gamma-Gamma on the summary. `onIteration` hears every
 * iteration of both fits with the stage; returning false cancels (the fits throw their
 * "cancelled" error, which the caller reports).
 */
export function fitModels(s: Summary, modelId: string, onIteration?: (stage: FitStage, iteration: number) => boolean | void): FittedModels {
  const model = CUSTOMER_MODELS[modelId];
  if (!model) throw numError({ en: `Unknown model "${modelId}".`, zh: `未知模型“${modelId}”。` });
  let repeaters = 0;
  for (let i = 0; i < s.customers; i++) if (s.x[i] > 0) repeaters++;
  if (repeaters === 0) throw numError(m.noRepeatBuyers());
  const rows = groupCustomers(s.x, s.tx, s.T);
  const on = (stage: FitStage): OnIteration | undefined => (onIteration ? (it) => onIteration(stage, it.iteration) : undefined);
  const f = model.fit(rows, on('purchases'));
  const purchases: ModelFit = {
    model,
    params: f.params,
    logLik: f.logLik,
    verdict: fitVerdict(
      model.names,
      f.params.map((v) => Math.log(v)),
      (v, g) => model.gradient(rows, v, g),
    ),
  };
  if (repeaters < MIN_REPEATERS) throw numError(m.noRepeatBuyers());
  const gg = fitGammaGamma(s.x, s.monetary, { onIteration: on('spend') });
  const xs: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < s.customers; i++)
    if (s.x[i] > 0) {
      xs.push(s.x[i]);
      ms.push(s.monetary[i]);
    }
  const gx = Float64Array.from(xs);
  const gm = Float64Array.from(ms);
  const spendVerdict = fitVerdict(
    GAMMA_GAMMA.names,
    GAMMA_GAMMA.names.map((n) => Math.log(gg.params[n])),
    (v, g) => void gammaGammaLogLik(GAMMA_GAMMA.fromLog(v), gx, gm, g),
  );
  return { purchases, spend: { params: gg.params, logLik: gg.logLik, verdict: spendVerdict } };
}

export const MODEL_WORDS: Record<FitStage, Text> = {
  purchases: { en: 'Fitting the purchase model', zh: '正在拟合购买模型' },
  spend: { en: 'Fitting the spend model', zh: '正在拟合消费金额模型' },
};
