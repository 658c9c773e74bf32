import type { Graph } from '../ir/types.ts';
import { fuseIntoConv } from './fuse-epilogue.ts';

/**
 * The kernel keeps 4 channels of the coarse map on chip: 16 KiB at this size, WebGPU's default
 * workgroup storage. (RANet's coarse maps are at most 28x28, on ImageNet.)
 */
const MAX_COARSE_PIXELS = 1024;

/**
 * fuseResize: conv -> bilinear resize, where the resize is the conv's only consumer, becomes
 * one conv that resizes in its epilogue. In RANet these are the `conv_up` and `conv_last`
 * branches that bring coarse features to a finer scale: the coarse map is computed and
 * interpolated inside one kernel and never stored. (Resizes of anything else, such as the
 * down-sampling of a dense block's concatenation, stay: they write into their concat slice.)
 */
export function fuseResize(graph: Graph): Graph {
  return fuseIntoConv(
    graph,
    'resize',
    (conv) => conv.attrs.resize === undefined && conv.type.shape[1] * conv.type.shape[2] <= MAX_COARSE_PIXELS,
    (resize) => ({ resize: { height: resize.attrs.height, width: resize.attrs.width } }),
  );
}
