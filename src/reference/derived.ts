import type { FoldedParam, Graph } from '../ir/types.ts';
import { foldBatchNorm } from '@ranetc/runtime';
import type { ParamLookup } from './interpreter.ts';

/**
 * Extends a checkpoint lookup with the graph's derived parameters (BatchNorm folded into
 * convs), computed on first use by the runtime's own folding (`foldBatchNorm`), so that the
 * reference and every built model hold bit-identical folded weights.
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

function fold(recipe: FoldedParam, param: ParamLookup): Float32Array {
  const { conv, bn } = recipe;
  return foldBatchNorm({ fold: recipe.kind === 'folded-bias' ? 'bias' : 'weight', conv, bn }, param);
}
