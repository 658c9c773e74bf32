// What every consumer of the new-user test does with a generated digits package (plain Node,
// a Vite page, a bundle): normalizes the first `count` records of a CIFAR binary file as at
// training, creates the model and returns its decisions and every exit's logits, as JSON-able data.
export async function classifyRecords(pkg, records, count, thresholds, create) {
  const [c, h, w] = pkg.inputShape;
  const { mean, std } = pkg.plan.normalize;
  const images = new Float32Array(count * c * h * w);
  const labels = [];
  // In float32 steps, as ToTensor + Normalize.
  const f = Math.fround;
  for (let i = 0; i < count; i++) {
    const record = records.subarray(i * (1 + c * h * w), (i + 1) * (1 + c * h * w));
    labels.push(record[0]);
    for (let j = 0; j < c * h * w; j++) {
      const channel = Math.floor(j / (h * w));
      images[i * c * h * w + j] = f(f(f(record[1 + j] / 255) - f(mean[channel])) / f(std[channel]));
    }
  }
  const started = performance.now();
  const model = await create();
  const loadMs = performance.now() - started;
  const predictions = await model.classify(images, { thresholds });
  const exits = await model.allExits(images);
  const target = model.plan.target;
  model.destroy();
  return {
    classes: pkg.classes,
    target,
    loadMs,
    labels,
    predictions: predictions.map((p) => ({ class: p.class, exit: p.exit, confidence: p.confidence })),
    exits: exits.map((logits) => Array.from(logits)),
  };
}
