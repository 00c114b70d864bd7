import { normSDist } from "./normSDist";

/** Spacing of the integration grid on the score scale, in standard deviations of one look's increment. */
const STEP = 0.1;
/** Where a one-sided design's open lower side is cut: the score can never climb back from below there. */
const TAIL_SDS = 6;

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Probabilities that a group-sequential test stops at some look by crossing each side. */
export interface Crossing {
  /** P(Z_k ≥ b_k at the first look that leaves the continuation region). */
  upper: number;
  /** P(Z_k ≤ −b_k there); 0 for a one-sided design. */
  lower: number;
}

interface Grid {
  bottom: number;
  top: number;
  nodes: Float64Array;
  weights: Float64Array;
}

/** A Simpson grid over [bottom, top] with spacing at most STEP. */
function grid(bottom: number, top: number): Grid {
  const n = 2 * Math.max(1, Math.ceil((top - bottom) / (2 * STEP)));
  const h = (top - bottom) / n;
  const nodes = new Float64Array(n + 1);
  const weights = new Float64Array(n + 1);
  for (let j = 0; j <= n; j++) {
    nodes[j] = bottom + j * h;
    weights[j] = ((j === 0 || j === n ? 1 : j % 2 === 1 ? 4 : 2) * h) / 3;
  }
  return { bottom, top, nodes, weights };
}

/** The weighted normal density of one increment from each node of `from` to each node of `to`. */
function transition(from: ArrayLike<number>, to: Grid, step: number): Float64Array {
  const values = new Float64Array(to.nodes.length * from.length);
  for (let j = 0; j < to.nodes.length; j++) {
    for (let i = 0; i < from.length; i++) {
      const x = to.nodes[j] - from[i] - step;
      values[j * from.length + i] = (to.weights[j] * Math.exp(-0.5 * x * x)) / SQRT_2PI;
    }
  }
  return values;
}

/**
 * Armitage–McPherson–Rowe recursive integration: the chance that a test looked at after
 * each of `bounds.length` equal increments of information stops by crossing its boundary.
 * Z_k is the standardised statistic at look k, with mean `drift`·√(k/K) (so `drift` is
 * its mean at the last look K) and Cov(Z_j, Z_k) = √(j/k); the test continues while
 * Z_k < b_k (one-sided) or |Z_k| < b_k (two-sided). The density of the score
 * S_k = Z_k·√k on the continuation region is carried from look to look by Simpson's rule;
 * when consecutive regions are the same (O'Brien–Fleming's is, on this scale) the
 * transition kernel is reused, so a look costs multiplications, not exponentials.
 *
 * @example
 * // one look: the plain z-test
 * sequentialCrossing([1.959963984540054], 0, true); //=> { upper: 0.025, lower: 0.025 } (to 1e-12)
 */
export function sequentialCrossing(bounds: readonly number[], drift: number, twoSided: boolean): Crossing {
  const K = bounds.length;
  const step = drift / Math.sqrt(K);
  // A one-sided region's open bottom is cut at one place for every look, far below the lowest mean.
  const floor = Math.min(0, K * step) - TAIL_SDS * Math.sqrt(K);
  let upper = 0;
  let lower = 0;
  // Nodes and Simpson-weighted density of S_{k-1} (S_0 = 0).
  let current: Grid | undefined;
  let nodes: ArrayLike<number> = [0];
  let mass: ArrayLike<number> = [1];
  // The transition from a region to the same region, reused look after look.
  let repeat: { grid: Grid; values: Float64Array } | undefined;
  for (let k = 1; k <= K; k++) {
    const top = bounds[k - 1] * Math.sqrt(k);
    const bottom = twoSided ? -top : Math.min(top, floor);
    for (let i = 0; i < nodes.length; i++) {
      upper += mass[i] * normSDist(nodes[i] + step - top);
      if (twoSided) lower += mass[i] * normSDist(bottom - nodes[i] - step);
    }
    if (k === K || !(top > bottom)) break;
    // c·√(K/k)·√k is the same for every k but for rounding in the last bits.
    const near = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    const same = current !== undefined && near(current.bottom, bottom) && near(current.top, top);
    const target = same && current ? current : grid(bottom, top);
    let values: Float64Array;
    if (same && repeat?.grid === target) values = repeat.values;
    else {
      values = transition(nodes, target, step);
      if (same) repeat = { grid: target, values };
    }
    const nextMass = new Float64Array(target.nodes.length);
    for (let j = 0; j < nextMass.length; j++) {
      let sum = 0;
      const row = j * nodes.length;
      for (let i = 0; i < nodes.length; i++) sum += values[row + i] * mass[i];
      nextMass[j] = sum;
    }
    current = target;
    nodes = target.nodes;
    mass = nextMass;
  }
  return { upper, lower };
}
