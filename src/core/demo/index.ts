/** The demo ward: realistic, deterministic grids on the real template, with deliberate mistakes. */
export { DEFAULT_DEMO_SEED, type DemoWard, generateDemoWard } from './generateDemoWard';
export { DEMO_WARD } from './ward';
export { FOUND_BY, MISTAKE_ORDER } from './mistakes';
export type { DemoMistake, DemoOptions, MistakeKind } from './types';
