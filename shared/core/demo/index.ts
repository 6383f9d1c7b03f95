export { DEMO_AGENCIES, DEMO_ASSESSMENT, type DemoAgency } from './demo-agencies.js';
export { type BrokenVariant, breakRows, type DemoStep, demoPlan } from './demo-plan.js';
export { demoResponses, toTemplateRows } from './demo-responses.js';
export { fillTemplate } from './fill-template.js';
export { createRng, type Rng } from './prng.js';
