import type { FoldedParam, Graph } from '../ir/types.ts';
import type { ParamLookup } from './interpreter.ts';

/**
 * Extends a checkpoint lookup with the graph's derived parameters (BatchNorm folded into
 * convs), computed on first use with the same algebra the runtime applies at load time.
 */
export function withDerived(graph: Graph, base: ParamLookup): ParamLookup {
  const cache = new Map<string, Float32Array>();
  return (name) => {
    const spec = graph.params.get(name);
    if (spec?.derived === undefined) return base(name);
    let value = cache.get(name);
    if (value === undefined) {
      value = fold(spec.derived, base);
      cache.set(name, value);
    }
    return value;
  };
}

export function fold(recipe: FoldedParam, param: ParamLookup): Float32Array {
  const { bn } = recipe;
  const [gamma, beta, mean, variance] = [
    param(bn.weight),
    param(bn.bias),
    param(bn.mean),
    param(bn.variance),
  ];
  const scale = (o: number): number => gamma[o] / Math.sqrt(variance[o] + bn.eps);
  if (recipe.kind === 'folded-bias') {
    const bias = recipe.conv.bias === undefined ? undefined : param(recipe.conv.bias);
    return Float32Array.from(gamma, (_, o) => ((bias?.[o] ?? 0) - mean[o]) * scale(o) + beta[o]);
  }
  const weight = param(recipe.conv.weight);
  const perOut = weight.length / gamma.length;
  return Float32Array.from(weight, (w, i) => w * scale(Math.floor(i / perOut)));
}
