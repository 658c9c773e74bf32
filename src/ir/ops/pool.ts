import type { Batch, OpDef } from './def.ts';
import { expectRank, noParams, windowOut } from './def.ts';

interface Window {
  readonly kernel: number;
  readonly stride: number;
  readonly pad: number;
}

function pool(x: Batch, win: Window, reduce: 'max' | 'avg'): Batch {
  const [c, h, w] = x.shape;
  const oh = windowOut(h, win.kernel, win.stride, win.pad);
  const ow = windowOut(w, win.kernel, win.stride, win.pad);
  const out = new Float32Array(x.n * c * oh * ow);
  let o = 0;
  for (let plane = 0; plane < x.n * c; plane++) {
    const base = plane * h * w;
    for (let oy = 0; oy < oh; oy++) {
      for (let ox = 0; ox < ow; ox++) {
        let acc = reduce === 'max' ? -Infinity : 0;
        for (let ky = 0; ky < win.kernel; ky++) {
          const iy = oy * win.stride - win.pad + ky;
          if (iy < 0 || iy >= h) continue;
          for (let kx = 0; kx < win.kernel; kx++) {
            const ix = ox * win.stride - win.pad + kx;
            if (ix < 0 || ix >= w) continue;
            const v = x.data[base + iy * w + ix];
            acc = reduce === 'max' ? Math.max(acc, v) : acc + v;
          }
        }
        // Average pooling in RANet never pads, so the divisor is always the full window.
        out[o++] = reduce === 'max' ? acc : acc / (win.kernel * win.kernel);
      }
    }
  }
  return { n: x.n, shape: [c, oh, ow], data: out };
}

function pooledShape(x: readonly number[], win: Window, what: string): readonly number[] {
  const [c, h, w] = x;
  const [oh, ow] = [
    windowOut(h, win.kernel, win.stride, win.pad),
    windowOut(w, win.kernel, win.stride, win.pad),
  ];
  if (oh < 1 || ow < 1) throw new Error(`${what} ${win.kernel}x${win.kernel} on ${h}x${w} gives no output`);
  return [c, oh, ow];
}

export const maxpool: OpDef<'maxpool'> = {
  arity: 1,
  shape([x], a) {
    expectRank(x, 3, 'maxpool');
    return pooledShape(x.shape, a, 'maxpool');
  },
  params: noParams,
  flops: ([x], out, a) => x.shape[0] * out.shape[1] * out.shape[2] * a.kernel * a.kernel,
  reference: ([x], a) => pool(x, a, 'max'),
};

export const avgpool: OpDef<'avgpool'> = {
  arity: 1,
  shape([x], a) {
    expectRank(x, 3, 'avgpool');
    return pooledShape(x.shape, { ...a, pad: 0 }, 'avgpool');
  },
  params: noParams,
  flops: ([x], out, a) => x.shape[0] * out.shape[1] * out.shape[2] * a.kernel * a.kernel,
  reference: ([x], a) => pool(x, { ...a, pad: 0 }, 'avg'),
};
