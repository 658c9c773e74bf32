import { expandRanet } from '../frontend/ranet.ts';
import { exitCosts } from '../ir/cost.ts';
import type { Graph } from '../ir/types.ts';
import type { Spec } from '../spec/types.ts';

export interface InspectReport {
  readonly name: string;
  readonly data: Spec['data'];
  readonly input: readonly number[];
  readonly classes: number;
  readonly nodes: number;
  readonly params: number;
  readonly flows: readonly {
    readonly index: number;
    readonly scale: number;
    readonly resolution: readonly number[];
    readonly growth: number;
    readonly blocks: readonly {
      readonly index: number;
      readonly kind: 'fusion' | 'normal';
      readonly layers: number;
      readonly down: boolean;
      readonly transition: boolean;
      readonly inChannels: number;
      readonly outChannels: number;
      readonly resolution: readonly number[];
      readonly exit?: number;
    }[];
  }[];
  readonly exits: readonly {
    readonly index: number;
    readonly flow: number;
    readonly block: number;
    readonly resolution: readonly number[];
    readonly channels: number;
    readonly flops: number;
    readonly mflops: number;
    readonly params: number;
  }[];
}

export function inspectSpec(spec: Spec): InspectReport {
  const graph = expandRanet(spec);
  const costs = exitCosts(graph);
  const shape = (id: number): readonly number[] => graph.nodes[id].type.shape;
  return {
    name: spec.name,
    data: spec.data,
    input: shape(graph.input),
    classes: spec.classes,
    nodes: graph.nodes.length,
    params: costs.at(-1)?.params ?? 0,
    flows: graph.flows.map((f) => ({
      index: f.index,
      scale: f.scale,
      resolution: shape(f.blocks[0].input).slice(1),
      growth: f.growth,
      blocks: f.blocks.map((b) => ({
        index: b.index,
        kind: b.kind,
        layers: b.layers,
        down: b.down,
        transition: b.transition,
        inChannels: shape(b.input)[0],
        outChannels: shape(b.output)[0],
        resolution: shape(b.output).slice(1),
        ...(b.exit === undefined ? {} : { exit: b.exit }),
      })),
    })),
    exits: graph.exits.map((e, i) => {
      const at = blockOutput(graph, e.flow, e.block);
      return {
        index: e.index,
        flow: e.flow,
        block: e.block,
        resolution: shape(at).slice(1),
        channels: shape(at)[0],
        flops: costs[i].flops,
        mflops: costs[i].flops / 1e6,
        params: costs[i].params,
      };
    }),
  };
}

const blockOutput = (graph: Graph, flow: number, block: number): number =>
  graph.flows[flow].blocks[block].output;

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  return cells
    .map((r) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  '))
    .join('\n');
}

export function formatInspect(r: InspectReport): string {
  const res = (x: readonly number[]): string => x.join('x');
  const blocks = r.flows.flatMap((f) =>
    f.blocks.map((b) => [
      `${f.index}.${b.index}`,
      b.kind,
      b.layers,
      b.down ? 'yes' : '',
      b.transition ? 'yes' : '',
      `${b.inChannels}->${b.outChannels}`,
      res(b.resolution),
      b.exit ?? '',
    ]),
  );
  return [
    `${r.name}: ${r.data}, input ${res(r.input)}, ${r.classes} classes, ${r.flows.length} flows, ${r.exits.length} exits, ` +
      `${(r.params / 1e6).toFixed(2)}M params, ${r.nodes} graph nodes`,
    '',
    table(
      ['flow', 'scale', 'resolution', 'growth', 'blocks'],
      r.flows.map((f) => [f.index, f.scale, res(f.resolution), f.growth, f.blocks.length]),
    ),
    '',
    table(['block', 'kind', 'layers', 'down', 'trans', 'channels', 'out res', 'exit'], blocks),
    '',
    table(
      ['exit', 'flow.block', 'resolution', 'channels', 'MFLOPs', 'params (M)'],
      r.exits.map((e) => [
        e.index,
        `${e.flow}.${e.block}`,
        res(e.resolution),
        e.channels,
        e.mflops.toFixed(2),
        (e.params / 1e6).toFixed(3),
      ]),
    ),
  ].join('\n');
}
