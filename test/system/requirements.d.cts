/** Types of requirements.cjs, for the test files. */
export type Suite = 'pdf' | 'browser';
export interface Missing {
  what: string;
  debian: string | undefined;
}
export const SUITES: Record<Suite, string>;
export const DEFAULT_CHROMIUM: string;
export function chromiumPath(): string;
export function check(): { missing: Record<Suite, Missing[]>; soffice: string | undefined; chromium: string };
export function ready(suite: Suite): { ready: boolean; soffice: string; chromium: string };
export function isCI(): boolean;
export function aptCommand(packages: string[]): string;
export function prepare(): void;
export function remind(): void;
export function banner(missing: Record<Suite, Missing[]>, options?: { ci?: boolean; installed?: { tried: boolean; why?: string } }): string;
