import type { CountedDispatch, CountersLayout, OutputLayout } from '@ranetc/runtime';

/**
 * Executed-work counter slots of a build with counters, shared by the backends: a pair of output
 * words per counted dispatch, after the output layout's other words, in dispatch order.
 */
export class CounterSlots {
  private readonly dispatches: CountedDispatch[] = [];

  constructor(private readonly output: OutputLayout) {}

  /** The output word where `d`'s kernel counts (ran; returned early at the next word). */
  add(d: CountedDispatch): number {
    this.dispatches.push(d);
    return this.output.words + 2 * (this.dispatches.length - 1);
  }

  /** The output layout grown by the counters, and where they are. */
  layout(): { output: OutputLayout; counters: CountersLayout } {
    const at = this.output.words;
    return {
      output: { ...this.output, words: at + 2 * this.dispatches.length },
      counters: { at, dispatches: this.dispatches },
    };
  }
}
