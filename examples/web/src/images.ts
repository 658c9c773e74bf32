// Images between canvases and the model's planar 3 x 32 x 32 bytes.

import { IMAGE_BYTES, PLANE, SIDE } from './normalize.ts';

/** One planar image as RGBA pixels for a 32x32 canvas. */
export function toImageData(pixels: Uint8Array, index: number): ImageData {
  const src = pixels.subarray(index * IMAGE_BYTES, (index + 1) * IMAGE_BYTES);
  const data = new ImageData(SIDE, SIDE);
  for (let j = 0; j < PLANE; j++) {
    data.data[4 * j] = src[j];
    data.data[4 * j + 1] = src[PLANE + j];
    data.data[4 * j + 2] = src[2 * PLANE + j];
    data.data[4 * j + 3] = 255;
  }
  return data;
}

/** A canvas scaled down to 32x32 (area-averaged by the browser) as planar RGB bytes. */
export function canvasToPixels(canvas: HTMLCanvasElement): Uint8Array {
  const small = document.createElement('canvas');
  small.width = SIDE;
  small.height = SIDE;
  const ctx = small.getContext('2d', { willReadFrequently: true })!;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(canvas, 0, 0, SIDE, SIDE);
  const rgba = ctx.getImageData(0, 0, SIDE, SIDE).data;
  const out = new Uint8Array(IMAGE_BYTES);
  for (let j = 0; j < PLANE; j++) {
    out[j] = rgba[4 * j];
    out[PLANE + j] = rgba[4 * j + 1];
    out[2 * PLANE + j] = rgba[4 * j + 2];
  }
  return out;
}

/** Draws a 32x32 image into a canvas element, pixelated. */
export function paint(canvas: HTMLCanvasElement, pixels: Uint8Array, index: number): void {
  canvas.width = SIDE;
  canvas.height = SIDE;
  canvas.getContext('2d')!.putImageData(toImageData(pixels, index), 0, 0);
}
