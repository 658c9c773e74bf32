// Small DOM helpers shared by the views.

type Attrs = Record<string, string | number | undefined>;

/** An element with attributes (`class`, `data-*`, `style`, ...) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`index.html has no element #${id}`);
  return el as T;
}

/** One colour per exit, from teal (early, cheap) to violet (late, the full network). */
export function exitColour(exit: number, exits: number): string {
  const t = exits <= 1 ? 1 : exit / (exits - 1);
  return `hsl(${Math.round(168 + t * 100)} ${Math.round(62 - t * 10)}% ${Math.round(40 + t * 6)}%)`;
}

export const mflops = (v: number, digits = 1): string => `${v.toFixed(digits)} MFLOPs`;
export const percent = (v: number, digits = 0): string => `${(v * 100).toFixed(digits)}%`;
