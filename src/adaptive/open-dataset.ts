/** Opens an evaluation set by what the path is: a CIFAR binary file or a folder of images. */
import { statSync } from 'node:fs';
import { cifarImages, DatasetError, type InputSpec, type LabelledImages } from './datasets.ts';
import { openImageFolder, type Preprocess } from './image-folder.ts';

export interface DatasetModel {
  /** `cifar` or `imagenet`: picks the image folder preprocessing when none is given. */
  readonly data: 'cifar' | 'imagenet';
  readonly classes: number;
  readonly input: InputSpec;
}

export interface OpenDatasetOptions {
  /** Labels file for an image folder (see image-folder.ts). */
  readonly labelsFile?: string;
  /** Image folder preprocessing; default `imagenet` for ImageNet models, `none` for CIFAR ones. */
  readonly preprocess?: Preprocess;
}

export function openDataset(
  source: string,
  model: DatasetModel,
  options: OpenDatasetOptions = {},
): LabelledImages {
  let isDir: boolean;
  try {
    isDir = statSync(source).isDirectory();
  } catch (e) {
    throw new DatasetError(source, `cannot read the data set (${(e as Error).message})`);
  }
  if (!isDir) {
    if (options.labelsFile !== undefined)
      throw new DatasetError(source, 'a labels file goes with an image folder; CIFAR files carry labels');
    return cifarImages(source, model.classes, model.input);
  }
  return openImageFolder(source, {
    classes: model.classes,
    input: model.input,
    preprocess: options.preprocess ?? (model.data === 'imagenet' ? 'imagenet' : 'none'),
    ...(options.labelsFile === undefined ? {} : { labelsFile: options.labelsFile }),
  });
}
