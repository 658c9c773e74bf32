import { templateSet } from '../templates.ts';

export type TemplateName =
  | 'conv'
  | 'conv-tiled'
  | 'conv-gemm'
  | 'conv-gemm-sum'
  | 'conv-resize'
  | 'elementwise'
  | 'resize'
  | 'pool'
  | 'linear'
  | 'exit'
  | 'gather'
  | 'stage';

/** Renders one of the WGSL kernel templates, `templates/*.wgsl.hbs` beside this file. */
export const render = templateSet<TemplateName>(new URL('./templates/', import.meta.url), '.wgsl', [
  'bindings',
  'bilinear-taps',
  'counted',
]);
