/**
 * Deterministic node names from a scope path and an op: `/encoder/layer.0/attention/MatMul`, then
 * `MatMul_1`, `MatMul_2`, ... for repeats in the same scope (the PyTorch exporter's convention, so
 * names read the same as in Optimum exports).
 */
export class NodeNamer {
  readonly #scope: string[] = [];
  readonly #used = new Set<string>();

  /** Enter a module path like `encoder.layer.0` (numeric segments stay glued: `layer.0`). */
  push(path: string): void {
    this.#scope.push(...scopeSegments(path));
  }

  /** Leave the last `push` of `path`. */
  pop(path: string): void {
    this.#scope.length -= scopeSegments(path).length;
  }

  /** The name the next node of `op` would get here (not reserved until `claim`). */
  peek(op: string): string {
    const base = `${this.#scope.map((s) => `/${s}`).join('')}/${op}`;
    if (!this.#used.has(base)) return base;
    for (let i = 1; ; i++) {
      const name = `${base}_${i}`;
      if (!this.#used.has(name)) return name;
    }
  }

  claim(name: string): void {
    this.#used.add(name);
  }
}

const NUMERIC_SEGMENT = /^[0-9]+$/;

/** `encoder.layer.0.attention` → `['encoder', 'layer.0', 'attention']`. */
export function scopeSegments(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('.')) {
    if (NUMERIC_SEGMENT.test(part) && out.length > 0) out[out.length - 1] += `.${part}`;
    else out.push(part);
  }
  return out;
}
