/** The validation sidebar the last Kiểm tra dữ liệu opened, and the state embedded in it (src/gas/pages.ts). */
import type { ValidationState } from '../../src/core/validate/page';
import type { GasEnvironment } from '../fakes/gas';

export function shownValidation(env: GasEnvironment): ValidationState {
  const sidebar = env.ui.sidebars.at(-1);
  const json = /<script type="application\/json" id="ishc-state">([\s\S]*?)<\/script>/.exec(sidebar?.getContent() ?? '')?.[1];
  if (!json) throw new Error('No validation sidebar was shown');
  return JSON.parse(json) as ValidationState;
}
