/** In-sheet rules from the declarations, on drawn and rearranged tabs. */

import { validationsFor } from '../../src/core/layout/validations';
import { clubSheetSpec } from '../../src/core/layout/wardLayout';
import { locateTables } from '../../src/core/parse/locate';
import { CLUB_TABLES } from '../../src/core/schema/tables';

describe('validationsFor', () => {
  test("a section shortened by deleted rows keeps its rules above the next section's title and header", () => {
    const rows = clubSheetSpec('CLB01', 'CLB Tổ 1', 'Tổ 1').rows.map((r) => [...r]);
    const located = locateTables(rows, CLUB_TABLES);
    const members = [...located.values()][0];
    // Users deleted all but 3 rows of the member register's body.
    rows.splice(members.headerRow + 4, members.endRow - members.headerRow - 4);
    const after = [...locateTables(rows, CLUB_TABLES).values()].sort((a, b) => a.headerRow - b.headerRow);
    const specs = validationsFor(rows, CLUB_TABLES);
    for (const [i, table] of after.entries()) {
      const next = after[i + 1];
      const columns = new Set(table.columns.values());
      const own = specs.filter((s) => s.row === table.headerRow + 2 && columns.has(s.column - 1));
      expect(own.length).toBeGreaterThan(0);
      // 1-based last row of each rule stays above the next table's title row (0-based headerRow - 1 → 1-based headerRow).
      if (next) for (const s of own) expect(s.row + s.numRows - 1).toBeLessThan(next.headerRow);
      else for (const s of own) expect(s.numRows).toBeGreaterThanOrEqual(table.table.blankRows);
    }
  });
});
