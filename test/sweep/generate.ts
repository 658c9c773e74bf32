// Random *valid* specs over the configuration space the spec schema accepts: both data kinds,
// 1 to 5 flows, scale lists with repeats and steps, growth and bottleneck factors, both step
// modes, block counts, compress factors and reductions, non-square and odd input sizes, 2 to 1000
// classes, batch limits that are not powers of two. Validity is by construction (each field is
// drawn from the values the semantic checks in src/spec accept given the fields drawn before
// it); `generateSpec` then parses its own YAML through the real parser, so a spec the validator
// rejects is a bug here, reported with the YAML. Models are kept small (channels, layers,
// inputs) so that a case runs in seconds on a CPU.

import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { expandRanet } from '../../src/frontend/ranet.ts';
import { exitCosts } from '../../src/ir/cost.ts';
import { SpecError } from '../../src/spec/errors.ts';
import { parseSpecText } from '../../src/spec/parse.ts';
import { validInputRange } from '../../src/spec/resolution.ts';
import type { Architecture, Spec } from '../../src/spec/types.ts';
import { blocksPerFlow, layersAt } from '../../src/spec/widths.ts';
import { Rng } from '../helpers/random.ts';

/** Cost caps per input: the reference interpreter runs every case in f64 loops on a CPU. */
const MAX_MFLOPS = { cifar: 15, imagenet: 25 } as const;
/** Five flows in `lg` mode have at least 70 layers. */
const MAX_LAYERS = 72;
/** Input sides beyond this are not drawn (the valid range of a deep scale list reaches 384). */
const MAX_SIDE = { cifar: 72, imagenet: 100 } as const;
const MAX_BATCHES = [1, 3, 5, 6, 7, 9, 10, 12] as const;

export interface GenerateOptions {
  /** Share of ImageNet-kind cases (7x7/2 stem and max pool: larger inputs, so few). */
  readonly imagenetShare?: number;
}

/** A random valid spec named `name`, and its YAML (what a failing case prints for replay). */
export function generateSpec(
  rng: Rng,
  name: string,
  options: GenerateOptions = {},
): { spec: Spec; yaml: string } {
  const data = rng.chance(options.imagenetShare ?? 0.15) ? 'imagenet' : 'cifar';
  const flows = rng.int(1, 5);
  // Cost is only known once drawn; a draw over the caps is drawn again with the same data kind
  // and flow count (so that the caps do not favour few flows). Every draw passes the semantic
  // checks; a draw over the caps may be over the size limits (src/spec/bounds.ts) too, so only
  // the specs kept are parsed back.
  for (let attempt = 0; ; attempt++) {
    const spec = drawSpec(rng, name, data, flows);
    if (affordable(spec)) {
      const yaml = stringify(spec);
      reparse(spec, yaml);
      return { spec, yaml };
    }
    if (attempt === 1000) throw new Error(`the sweep found no affordable ${data} spec with ${flows} flows`);
  }
}

function drawSpec(rng: Rng, name: string, data: Spec['data'], flows: number): Spec {
  const scaleList = drawScaleList(rng, flows, data === 'imagenet' ? 3 : 5);
  const architecture = drawArchitecture(rng, scaleList);
  const { min, max } = validInputRange(data, Math.max(...scaleList));
  // Mostly near the smallest valid side (cheap), odd sides included; height and width apart.
  const side = (): number => min + Math.floor(rng.uniform() ** 2 * (Math.min(max, MAX_SIDE[data]) - min + 1));
  const height = side();
  const width = rng.chance(0.5) ? height : side();
  const spec: Spec = {
    name,
    data,
    input: { channels: 3, height, width },
    classes: rng.chance(0.1) ? 1000 : Math.round(Math.exp(rng.between(Math.log(2), Math.log(1000)))),
    architecture,
    target: {
      backend: rng.pick(['wgsl', 'cuda'] as const),
      precision: 'f32',
      maxBatch: rng.pick(MAX_BATCHES),
    },
  };
  if (rng.chance(0.3)) {
    spec.input.normalize = {
      mean: [0, 1, 2].map(() => round(rng.between(0, 1))),
      std: [0, 1, 2].map(() => round(rng.between(0.1, 1))),
    };
  }
  return spec;
}

/** S[0] = 1, S[1] = 2, then each level repeats or steps up by one (at most `maxLevel`). */
function drawScaleList(rng: Rng, flows: number, maxLevel: number): number[] {
  const S = [1];
  for (let i = 1; i < flows; i++) {
    const previous = S[i - 1];
    S.push(i === 1 || (previous < maxLevel && rng.chance(0.5)) ? previous + 1 : previous);
  }
  return S;
}

function drawArchitecture(rng: Rng, scaleList: number[]): Architecture {
  const flows = scaleList.length;
  const several = flows > 1;
  const factors = (): number[] => {
    const f = scaleList.map(() => rng.pick([1, 1, 2, 2, 3, 4]));
    // The public configurations fall with the flow (4-2-1-1); other orders are valid too.
    return rng.chance(0.6) ? f.sort((a, b) => b - a) : f;
  };
  const grFactor = factors();
  // A fused layer gives floor(growth * compressFactor) >= 1 channels to conv_up and keeps the
  // rest (>= 1 as compressFactor < 1), so each flow after the first needs a growth of 2 or more.
  const growthRate = rng.int(several ? 2 : 1, 6);
  const fusedGrowth = several ? Math.min(...grFactor.slice(1)) * growthRate : Infinity;
  const compressChoices = [0.25, 1 / 3, 0.4, 0.5, 0.6, 0.75, 0.9, ...(several ? [] : [1])]
    .map(round)
    .filter((cf) => Math.floor(fusedGrowth * cf) >= 1);
  const stepMode = rng.pick(['even', 'lg'] as const);
  const arch: Architecture = {
    nChannels: rng.int(1, 8),
    growthRate,
    nBlocks: rng.int(1, 3),
    // With several flows the public code needs blockStep >= 1 and step >= 2 (see validate.ts).
    blockStep: rng.int(several ? 1 : 0, 2),
    step: stepMode === 'lg' ? rng.int(several ? 2 : 1, 2) : rng.int(several ? 2 : 1, 4),
    stepMode,
    scaleList,
    grFactor,
    bnFactor: factors(),
    compressFactor: rng.pick(compressChoices),
    // A transition's input has >= 2 channels (>= 1 kept from before, >= 1 grown), so any
    // reduction >= 0.5 keeps at least one.
    reduction: round(rng.pick([0.5, 0.6, 2 / 3, 0.75, 0.8, 1])),
  };
  return arch;
}

/** Values as a user writes them in YAML (4 decimals), so the spec and its YAML agree exactly. */
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

function affordable(spec: Spec): boolean {
  const arch = spec.architecture;
  const nb = blocksPerFlow(arch);
  let layers = 0;
  for (let i = 0; i < arch.scaleList.length; i++)
    for (let k = 1; k <= nb[i + 1]; k++) layers += layersAt(arch, k);
  if (layers > MAX_LAYERS) return false;
  const costs = exitCosts(expandRanet(spec));
  return costs[costs.length - 1].flops <= MAX_MFLOPS[spec.data] * 1e6;
}

/** The YAML through the real parser and validator: it must give back exactly `spec`. */
function reparse(spec: Spec, yaml: string): void {
  let parsed: Spec;
  try {
    parsed = parseSpecText(yaml, `${spec.name}.yaml`).spec;
  } catch (error) {
    const why = error instanceof SpecError ? error.format() : String(error);
    throw new Error(`the sweep generated a spec the validator rejects (a generator bug):\n${why}\n${yaml}`, {
      cause: error,
    });
  }
  if (!isDeepStrictEqual(parsed, spec))
    throw new Error(`the sweep's YAML does not parse back to its spec:\n${yaml}\n${JSON.stringify(parsed)}`);
}

/** Case `index` of the sweep with seed `seed`: its spec, YAML and the random source its weights and inputs come from. */
export function sweepCase(
  seed: number,
  index: number,
  options: GenerateOptions = {},
): { spec: Spec; yaml: string; rng: Rng } {
  const rng = new Rng((Math.imul(seed, 1_000_003) + index) >>> 0);
  return { ...generateSpec(rng, `sweep-${seed}-${index}`, options), rng };
}
