import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/**
 * A backend's kernel templates (`<folder>/*<extension>.hbs`, `folder` a `file:` URL) with its
 * partials (`<name>.hbs`), compiled on first use. `strict` makes a missing parameter an error instead
 * of an empty string; `noEscape` keeps `array<f32>` and C++'s `<` and `&` intact.
 */
export function templateSet<Name extends string>(
  folder: URL,
  extension: string,
  partials: readonly string[],
): (name: Name, context: object) => string {
  const dir = fileURLToPath(folder);
  let compiled: Map<string, Handlebars.TemplateDelegate> | undefined;
  const load = (): Map<string, Handlebars.TemplateDelegate> => {
    const hb = Handlebars.create();
    hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    for (const partial of partials)
      hb.registerPartial(partial, readFileSync(path.join(dir, `${partial}.hbs`), 'utf8'));
    const suffix = `${extension}.hbs`;
    const out = new Map<string, Handlebars.TemplateDelegate>();
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(suffix))
      .sort()) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      out.set(file.slice(0, -suffix.length), hb.compile(source, { strict: true, noEscape: true }));
    }
    return out;
  };
  return (name, context) => {
    compiled ??= load();
    const template = compiled.get(name);
    if (template === undefined) throw new Error(`no template ${name}${extension}.hbs in ${dir}`);
    return template(context);
  };
}
