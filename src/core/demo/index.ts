/** The demo ward: realistic, deterministic grids on the real template, with deliberate mistakes. */
export { DEFAULT_DEMO_SEED, type DemoWard, generateDemoWard } from './generateDemoWard';
export { FOUND_BY, MISTAKE_ORDER } from './mistakes';
export type { DemoMistake, DemoOptions, MistakeKind } from './types';
export { DEMO_WARD } from './ward';
