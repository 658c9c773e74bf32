// `npm run bench:tuning [-- --models digits,ranet-cifar10,ranet-imagenet --budget 8 --reps 3]`:
// tuned against default builds on the Dawn device (see src/cli/bench-tuning.ts).
import { parseArgs } from 'node:util';
import { benchTuning } from '../src/cli/bench-tuning.ts';

const { values } = parseArgs({
  options: {
    fixtures: { type: 'string', default: '../shared/fixtures' },
    models: { type: 'string', default: 'digits,ranet-cifar10' },
    budget: { type: 'string', default: '8' },
    reps: { type: 'string', default: '3' },
  },
});
await benchTuning(values.fixtures, (s) => console.log(s), {
  models: values.models.split(','),
  budget: Number(values.budget),
  reps: Number(values.reps),
});
