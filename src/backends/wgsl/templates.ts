import { templateSet } from '../templates.ts';

export type TemplateName =
  'conv' | 'conv-tiled' | 'conv-resize' | 'elementwise' | 'resize' | 'pool' | 'linear' | 'exit' | 'gather';

/** Renders one of the WGSL kernel templates, `templates/wgsl/*.wgsl.hbs`. */
export const render = templateSet<TemplateName>('wgsl', '.wgsl', ['bindings', 'bilinear-taps', 'counted']);
