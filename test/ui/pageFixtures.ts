/**
 * How test/ui/pages.test.ts opens each built page (dist/<Name>.html). A page needs an entry here only
 * when the default does not suit it; a page added to src/ui is picked up without one.
 *
 * Default: the demo ward (3 clubs, with its deliberate mistakes) written into the fake, then Kiểm tra
 * and Tổng hợp run, so pages that read the output tabs (dashboard, validation) have something to show;
 * the page file is opened as HtmlService serves it (createHtmlOutputFromFile), 300 px wide, and its
 * google.script.run calls are answered by the built bundle.
 *
 * - `prepare` replaces the default data (it gets the freshly loaded bundle and fake; write grids, run
 *   jobs, script prompts).
 * - `open` names the bundle function that shows the page, as its menu item does (needed when the page
 *   is a template, i.e. the server fills `<?= … ?>` before serving it, or takes arguments that way).
 */
import { generateDemoWard } from '../../src/core/demo';
import { type Loaded, writeGrids } from '../gas/harness';

export interface PageFixture {
  prepare?: (loaded: Loaded) => void;
  open?: string;
}

const demo = generateDemoWard({ clubs: 3, today: '2026-11-22' });

/** The default data: the demo ward, checked and rolled up. */
export function defaultPrepare({ env, app }: Loaded): void {
  writeGrids(env, demo.grids);
  app.menuCheck();
  app.menuRollUp();
  env.ui.toasts.length = 0;
}

export const PAGE_FIXTURES: Record<string, PageFixture> = {
  ReportWizard: { open: 'menuReportWizard' },
};
