import { numError, valueError } from '../errors';
import { modelMessages as m } from './messages';

/** A model's parameters: named numbers. */
export type NumberFields<P> = { [K in keyof P]: number };

/**
 * How a model lays out its parameters, owned by the model's module: their names in the order
 * of the LINEST-style row a fit returns (then the log-likelihood), their log scale for the
 * optimiser, and the rule that every one is positive. A new model declares one of these and
 * gets fitting, reading a params row and writing the fitted row from it.
 */
export interface ParameterOrder<P extends NumberFields<P>> {
  /** The model's name as messages show it: "BG/NBD". */
  model: string;
  names: readonly (keyof P & string)[];
  /** Parameters from the optimiser's log-scale point. */
  fromLog(v: readonly number[]): P;
  /** The fitted row: the parameters in order, then the log-likelihood. */
  toRow(fit: { params: P; logLik: number }): number[];
  /**
   * Parameters from a row of numbers, as the user passes them back: the parameters in order,
   * optionally followed by the log-likelihood of a fitted row. `arg` names the argument and
   * `fittedBy` the function whose result fits it, for the message of a row of the wrong length.
   */
  fromRow(values: readonly number[], arg: string, fittedBy: string): P;
}

export function parameterOrder<P extends NumberFields<P>>(model: string, names: readonly (keyof P & string)[]): ParameterOrder<P> {
  const build = (value: (i: number) => number): P => {
    const p: Record<string, number> = {};
    names.forEach((name, i) => (p[name] = value(i)));
    return p as P;
  };
  return {
    model,
    names,
    fromLog: (v) => build((i) => Math.exp(v[i])),
    toRow: (fit) => [...names.map((name) => fit.params[name]), fit.logLik],
    fromRow(values, arg, fittedBy) {
      if (values.length !== names.length && values.length !== names.length + 1) throw valueError(m.paramsCount(arg, model, names, fittedBy, values.length));
      return build((i) => {
        // Every parameter of these models is a shape or a scale of a gamma or beta mixing distribution.
        if (!(values[i] > 0)) throw numError(m.paramNotPositive(names[i], values[i]));
        return values[i];
      });
    },
  };
}
