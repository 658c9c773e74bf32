/** Bytes of a kernel's argument struct: four 8-byte pointers, then u32 words, padded to 8. */
export const argBytes = (params) => Math.ceil((32 + 4 * params) / 8) * 8;
//# sourceMappingURL=cuda-plan.js.map