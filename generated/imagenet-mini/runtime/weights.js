function halfToFloat(h) {
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >> 10) & 0x1f;
    const frac = h & 0x3ff;
    if (exp === 0)
        return sign * 2 ** -14 * (frac / 1024);
    if (exp === 31)
        return frac ? NaN : sign * Infinity;
    return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}
/** Reads the floating tensors of a safetensors file (other dtypes, e.g. I64 counters, are skipped). */
export function readSafetensors(bytes) {
    const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const view = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
    if (u8.byteLength < 8)
        throw new Error('safetensors: file shorter than its 8-byte header length');
    const headerLength = Number(view.getBigUint64(0, true));
    if (headerLength > u8.byteLength - 8)
        throw new Error(`safetensors: header of ${headerLength} bytes exceeds the file`);
    const header = JSON.parse(new TextDecoder().decode(u8.subarray(8, 8 + headerLength)));
    const data = 8 + headerLength;
    const out = new Map();
    for (const [name, t] of Object.entries(header)) {
        if (name === '__metadata__')
            continue;
        const [start, end] = t.data_offsets;
        if (data + end > u8.byteLength || start > end)
            throw new Error(`safetensors: ${name} lies past the end of the file`);
        const n = t.shape.reduce((a, b) => a * b, 1);
        const at = data + start;
        if (t.dtype === 'F32') {
            const v = new Float32Array(n);
            for (let i = 0; i < n; i++)
                v[i] = view.getFloat32(at + 4 * i, true);
            out.set(name, v);
        }
        else if (t.dtype === 'F16' || t.dtype === 'BF16') {
            const v = new Float32Array(n);
            const tmp = new DataView(new ArrayBuffer(4));
            for (let i = 0; i < n; i++) {
                const h = view.getUint16(at + 2 * i, true);
                if (t.dtype === 'F16')
                    v[i] = halfToFloat(h);
                else {
                    tmp.setUint32(0, h << 16, true);
                    v[i] = tmp.getFloat32(0, true);
                }
            }
            out.set(name, v);
        }
    }
    return out;
}
/** Builds the weights buffer contents: each tensor read (or folded) and laid out as the plan says. */
export function packWeights(plan, tensors) {
    const buffer = new Float32Array(plan.weights.elements);
    const missing = [];
    const get = (key) => {
        const t = tensors.get(key) ?? tensors.get(`module.${key}`);
        if (t === undefined) {
            missing.push(key);
            return new Float32Array(0);
        }
        return t;
    };
    for (const t of plan.weights.tensors) {
        const values = resolve(t, get);
        if (missing.length > 0)
            continue;
        place(buffer, t, values);
    }
    if (missing.length > 0) {
        throw new Error(`weights for ${plan.name} lack ${missing.length} tensors: ${[...new Set(missing)].slice(0, 10).join(', ')}`);
    }
    return buffer;
}
/** `w' = w * gamma / sqrt(var + eps)` per output channel; `b' = (b - mean) * gamma / sqrt(var + eps) + beta`. */
function resolve(t, get) {
    const s = t.source;
    if ('key' in s)
        return get(s.key);
    const [gamma, beta, mean, variance] = [
        get(s.bn.weight),
        get(s.bn.bias),
        get(s.bn.mean),
        get(s.bn.variance),
    ];
    const scale = Float32Array.from(gamma, (g, o) => g / Math.sqrt(variance[o] + s.bn.eps));
    if (s.fold === 'bias') {
        const bias = s.conv.bias === undefined ? undefined : get(s.conv.bias);
        return Float32Array.from(scale, (k, o) => ((bias?.[o] ?? 0) - mean[o]) * k + beta[o]);
    }
    const w = get(s.conv.weight);
    const perOut = w.length / scale.length;
    return Float32Array.from(w, (v, i) => v * scale[Math.floor(i / perOut)]);
}
function place(buffer, t, values) {
    if (t.layout === 'plain') {
        if (values.length !== t.length)
            throw new Error(`weights: ${t.name} has ${values.length} values, expected ${t.length}`);
        buffer.set(values, t.offset);
        return;
    }
    const { groupOut: g, outChannels: o, inChannels: i, taps } = t.layout;
    if (values.length !== o * i * taps)
        throw new Error(`weights: ${t.name} has ${values.length} values, expected ${o * i * taps}`);
    // OIHW -> [ceil(O/g)][I][taps][g]
    for (let co = 0; co < o; co++) {
        const group = Math.floor(co / g);
        for (let ci = 0; ci < i; ci++) {
            for (let k = 0; k < taps; k++) {
                buffer[t.offset + ((group * i + ci) * taps + k) * g + (co % g)] = values[(co * i + ci) * taps + k];
            }
        }
    }
}
const f32Scratch = new Float32Array(1);
const u32Scratch = new Uint32Array(f32Scratch.buffer);
/** IEEE binary16 bits of a number, rounded to nearest even (what WGSL's f16 storage holds). */
export function halfBits(x) {
    f32Scratch[0] = x;
    const bits = u32Scratch[0];
    const sign = (bits >>> 16) & 0x8000;
    const exponent = (bits >>> 23) & 0xff;
    const mantissa = bits & 0x7fffff;
    if (exponent === 0xff)
        return sign | 0x7c00 | (mantissa !== 0 ? 0x200 : 0); // inf, NaN
    const e = exponent - 127 + 15;
    if (e >= 0x1f)
        return sign | 0x7c00; // overflow: inf
    if (e <= 0) {
        if (e < -10)
            return sign; // underflow: signed zero
        // Subnormal: shift the mantissa (with its implicit 1) into place, rounding to nearest even.
        const m = mantissa | 0x800000;
        const shift = 14 - e;
        const half = 1 << (shift - 1);
        const rest = m & ((1 << shift) - 1);
        let out = m >>> shift;
        if (rest > half || (rest === half && (out & 1) === 1))
            out++;
        return sign | out;
    }
    let out = (e << 10) | (mantissa >>> 13);
    const rest = mantissa & 0x1fff;
    if (rest > 0x1000 || (rest === 0x1000 && (out & 1) === 1))
        out++; // may carry into the exponent: still right
    return sign | out;
}
/** f32 values as f16 storage, padded to a whole number of 4-byte words. */
export function toHalf(values) {
    const out = new Uint16Array(values.length + (values.length % 2));
    for (let i = 0; i < values.length; i++)
        out[i] = halfBits(values[i]);
    return out;
}
//# sourceMappingURL=weights.js.map