/**
 * A weights file that cannot be used: unreadable, corrupt, unsafe, or not matching the model.
 * The message always starts with the file so that a user juggling several checkpoints knows
 * which one to fix.
 */
export class WeightsError extends Error {
  override readonly name = 'WeightsError';

  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}
