import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates/cuda');

export type CudaTemplate =
  'conv' | 'elementwise' | 'resize' | 'pool' | 'linear' | 'exit' | 'gather' | 'module';

let compiled: Map<string, Handlebars.TemplateDelegate> | undefined;

/**
 * The CUDA kernel templates (`templates/cuda/*.cu.hbs`), compiled once, strict (a missing
 * parameter is an error) and noEscape (C++ has `<` and `&`).
 */
function templates(): Map<string, Handlebars.TemplateDelegate> {
  if (compiled !== undefined) return compiled;
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerPartial('args', readFileSync(path.join(TEMPLATE_DIR, 'args.hbs'), 'utf8'));
  compiled = new Map();
  for (const file of readdirSync(TEMPLATE_DIR)
    .filter((f) => f.endsWith('.cu.hbs'))
    .sort()) {
    const source = readFileSync(path.join(TEMPLATE_DIR, file), 'utf8');
    compiled.set(file.replace(/\.cu\.hbs$/, ''), hb.compile(source, { strict: true, noEscape: true }));
  }
  return compiled;
}

export function renderCuda(name: CudaTemplate, context: object): string {
  const template = templates().get(name);
  if (template === undefined) throw new Error(`no CUDA template ${name}.cu.hbs in ${TEMPLATE_DIR}`);
  return template(context);
}
