export {};
//# sourceMappingURL=wasm-plan.js.map