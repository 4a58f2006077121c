import { errorOf } from '../../helpers/errors';
import { CrmError } from '../../../src/core/errors';
import { topsis } from '../../../src/core/scorecard/topsis';

/*
 * Hand calculation (Hwang & Yoon 1981, vector normalisation). Three phones, three criteria:
 *                 price (cost, w .4)  storage (benefit, .3)  camera (benefit, .3)
 *   A                 250                  16                   12
 *   B                 200                  16                    8
 *   C                 300                  32                   16
 * Column norms: √(250² + 200² + 300²) = √192500 = 438.7482; √(16² + 16² + 32²) = √1536 = 39.1918;
 *   √(12² + 8² + 16²) = √464 = 21.5407.
 * Weighted normalised v = w · x / norm:
 *   A  .4·250/438.7482 = .22792   .3·16/39.1918 = .12247   .3·12/21.5407 = .16713
 *   B  .4·200/438.7482 = .18234   .12247                   .3·8/21.5407  = .11142
 *   C  .4·300/438.7482 = .27351   .3·32/39.1918 = .24495   .3·16/21.5407 = .22283
 * Ideal (min price, max others)  A⁺ = (.18234, .24495, .22283); anti-ideal A⁻ = (.27351, .12247, .11142).
 *   D⁺_A = √(.04558² + .12247² + .05571²) = √(.0020777 + .0150000 + .0031035) = √.0201812 = .14206
 *   D⁻_A = √(.04558² + 0 + .05571²) = √(.0020777 + .0031035) = √.0051812 = .07198
 *   C_A = .07198 / (.14206 + .07198) = .33630
 *   D⁺_B = √(0 + .12247² + .11142²) = √(.0150000 + .0124139) = .16557; D⁻_B = √(.09117² + 0 + 0) = .09117
 *   C_B = .09117 / (.16557 + .09117) = .35510
 *   C is ideal on storage and camera and anti-ideal on price: D⁺_C = .09117, D⁻_C = .16557,
 *   C_C = .16557 / .25674 = .64490
 */
const X = [
  [250, 16, 12],
  [200, 16, 8],
  [300, 32, 16],
];

describe('TOPSIS', () => {
  test('matches the hand calculation', () => {
    const c = topsis(X, [0.4, 0.3, 0.3], [-1, 1, 1]) as number[];
    expect(c[0]).toBeCloseTo(0.3363, 4);
    expect(c[1]).toBeCloseTo(0.3551, 4);
    expect(c[2]).toBeCloseTo(0.6449, 4);
  });
  test('scaling all weights leaves closeness unchanged', () => {
    const a = topsis(X, [0.4, 0.3, 0.3], [-1, 1, 1]) as number[];
    const b = topsis(X, [40, 30, 30], [-1, 1, 1]) as number[];
    a.forEach((x, i) => expect(b[i]).toBeCloseTo(x, 12));
  });
  test('the best candidate on every criterion is 1, the worst 0', () => {
    expect(
      topsis(
        [
          [1, 1],
          [2, 2],
        ],
        [1, 1],
        [1, 1],
      ),
    ).toEqual([0, 1]);
  });
  test('identical candidates are #DIV/0! in their own cells', () => {
    const c = topsis(
      [
        [3, 4],
        [3, 4],
      ],
      [1, 1],
      [1, -1],
    );
    expect(c[0]).toBeInstanceOf(CrmError);
    expect((c[0] as CrmError).kind).toBe('DIV0');
    expect((c[0] as CrmError).text.en).toContain('closeness is undefined');
  });
  test('a criterion that is zero everywhere is #DIV/0!', () => {
    const e = errorOf(() =>
      topsis(
        [
          [0, 1],
          [0, 2],
        ],
        [1, 1],
        [1, 1],
      ),
    );
    expect(e.kind).toBe('DIV0');
    expect(e.text.en).toBe('Criterion 1 is zero for every candidate, so it cannot be normalised.');
  });
  test('negative weights are #NUM!, all-zero weights #DIV/0!', () => {
    expect(errorOf(() => topsis(X, [0.4, -0.3, 0.3], [-1, 1, 1]))).toMatchObject({ kind: 'NUM', text: { en: 'weights must be at least 0; got -0.3.' } });
    expect(errorOf(() => topsis(X, [0, 0, 0], [-1, 1, 1]))).toMatchObject({ kind: 'DIV0' });
  });
});
