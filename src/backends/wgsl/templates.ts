import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates/wgsl');

export type TemplateName =
  'conv' | 'conv-tiled' | 'conv-resize' | 'elementwise' | 'resize' | 'pool' | 'linear' | 'exit' | 'gather';

let compiled: Map<string, Handlebars.TemplateDelegate> | undefined;

/**
 * The WGSL kernel templates (`templates/wgsl/*.wgsl.hbs`), compiled once. `strict` makes a
 * missing parameter an error instead of an empty string; `noEscape` keeps `array<f32>` intact.
 */
function templates(): Map<string, Handlebars.TemplateDelegate> {
  if (compiled !== undefined) return compiled;
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  for (const partial of ['bindings', 'bilinear-taps'])
    hb.registerPartial(partial, readFileSync(path.join(TEMPLATE_DIR, `${partial}.hbs`), 'utf8'));
  compiled = new Map();
  for (const file of readdirSync(TEMPLATE_DIR)
    .filter((f) => f.endsWith('.wgsl.hbs'))
    .sort()) {
    const source = readFileSync(path.join(TEMPLATE_DIR, file), 'utf8');
    compiled.set(file.replace(/\.wgsl\.hbs$/, ''), hb.compile(source, { strict: true, noEscape: true }));
  }
  return compiled;
}

export function render(name: TemplateName, context: object): string {
  const template = templates().get(name);
  if (template === undefined) throw new Error(`no WGSL template ${name}.wgsl.hbs in ${TEMPLATE_DIR}`);
  return template(context);
}
