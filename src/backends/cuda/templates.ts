import { templateSet } from '../templates.ts';

export type CudaTemplate =
  'conv' | 'elementwise' | 'resize' | 'pool' | 'linear' | 'exit' | 'gather' | 'module';

/** Renders one of the CUDA kernel templates, `templates/cuda/*.cu.hbs`. */
export const renderCuda = templateSet<CudaTemplate>('cuda', '.cu', ['args', 'guard']);
