import type { WgslPlan } from './runtime/plan.js';
export declare const plan: WgslPlan;
