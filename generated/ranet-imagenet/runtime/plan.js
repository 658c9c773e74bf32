/**
 * The execution plan a compiled model carries: everything the runtime needs, as plain data.
 * This file is copied unchanged into every generated runtime, so it imports nothing.
 */
export {};
//# sourceMappingURL=plan.js.map