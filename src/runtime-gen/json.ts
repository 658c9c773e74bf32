/**
 * JSON for generated files: compact, yet readable in a diff. A value whose compact form fits
 * in `width` columns at its indentation is written on one line (arrays of numbers always are);
 * larger objects and arrays put one member per line. Deterministic: the same value gives the
 * same text.
 */
export function formatJson(value: unknown, width = 120): string {
  return `${format(value, '')}\n`;

  function format(v: unknown, indent: string): string {
    const compact = JSON.stringify(v);
    if (v === null || typeof v !== 'object') return compact;
    const numbers = Array.isArray(v) && v.every((x) => typeof x === 'number');
    if (numbers || indent.length + compact.length <= width) return compact;
    const inner = `${indent}  `;
    if (Array.isArray(v)) return `[\n${v.map((x) => inner + format(x, inner)).join(',\n')}\n${indent}]`;
    const members = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${inner}${JSON.stringify(k)}: ${format(x, inner)}`);
    return `{\n${members.join(',\n')}\n${indent}}`;
  }
}
