import { templateSet } from '../templates.ts';

export type CudaTemplate =
  | 'conv'
  | 'conv-mma'
  | 'conv-resize'
  | 'elementwise'
  | 'resize'
  | 'pool'
  | 'linear'
  | 'exit'
  | 'gather'
  | 'module';

/** Renders one of the CUDA kernel templates, `templates/*.cu.hbs` beside this file. */
export const renderCuda = templateSet<CudaTemplate>(new URL('./templates/', import.meta.url), '.cu', [
  'args',
  'guard',
  'prelude',
]);
