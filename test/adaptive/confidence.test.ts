import { describe, expect, it } from 'vitest';
import { exitPredictions, percentCorrect, topkCorrect } from '../../src/adaptive/confidence.ts';

describe('exitPredictions', () => {
  it('gives the max softmax probability and the argmax', () => {
    const { confidence, prediction } = exitPredictions(Float32Array.from([0, Math.log(3), 0, 1, 2, 3]), 2, 3);
    expect(confidence[0]).toBe(Math.fround(3 / 5));
    expect(confidence[1]).toBeCloseTo(Math.exp(3) / (Math.exp(1) + Math.exp(2) + Math.exp(3)), 7);
    expect(Array.from(prediction)).toEqual([1, 2]);
  });

  it('does not overflow on the large logits deep exits produce', () => {
    const { confidence } = exitPredictions(Float32Array.from([3400, 3390, -3400]), 1, 3);
    expect(confidence[0]).toBe(Math.fround(1 / (1 + Math.exp(-10))));
  });

  it('breaks argmax ties towards the lowest index, as torch.max does', () => {
    const { confidence, prediction } = exitPredictions(Float32Array.from([1, 5, 5, 2]), 1, 4);
    expect(prediction[0]).toBe(1);
    // Identical rows give identical confidences, so calibration sees true ties.
    const two = exitPredictions(Float32Array.from([1, 5, 5, 2, 5, 1, 2, 5]), 2, 4);
    expect(two.confidence[0]).toBe(two.confidence[1]);
    expect(two.confidence[0]).toBe(confidence[0]);
  });

  it('propagates NaN like torch.max', () => {
    const { confidence, prediction } = exitPredictions(Float32Array.from([1, NaN, 9, NaN]), 1, 4);
    expect(confidence[0]).toBeNaN();
    expect(prediction[0]).toBe(1);
  });

  it('checks the shape', () => {
    expect(() => exitPredictions(new Float32Array(5), 2, 3)).toThrow(/expected 2 x 3 = 6 values, got 5/);
  });
});

describe('topkCorrect', () => {
  const logits = Float32Array.from(
    [
      [0.1, 0.5, 0.3, 0.9], // order 3, 1, 2, 0
      [2, 2, 2, 1], //         ties: stable order 0, 1, 2, 3
    ].flat(),
  );

  it('marks samples whose label is among the k best', () => {
    expect(Array.from(topkCorrect(logits, 2, 4, [3, 0], 1))).toEqual([1, 1]);
    expect(Array.from(topkCorrect(logits, 2, 4, [1, 1], 1))).toEqual([0, 0]);
    expect(Array.from(topkCorrect(logits, 2, 4, [1, 1], 2))).toEqual([1, 1]);
    expect(Array.from(topkCorrect(logits, 2, 4, [2, 2], 2))).toEqual([0, 0]);
    expect(Array.from(topkCorrect(logits, 2, 4, [2, 2], 3))).toEqual([1, 1]);
    expect(Array.from(topkCorrect(logits, 2, 4, [1, 2], 2))).toEqual([1, 0]);
    expect(Array.from(topkCorrect(logits, 2, 4, [0, 3], 4))).toEqual([1, 1]);
    expect(percentCorrect(topkCorrect(logits, 2, 4, [1, 2], 2))).toBe(50);
  });

  it('rejects labels outside the classes', () => {
    expect(() => topkCorrect(logits, 2, 4, [0, 4], 1)).toThrow(/sample 1 has label 4, outside 0..3/);
  });
});
