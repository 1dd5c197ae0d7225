/**
 * The workbook's tabs as one job sees them: getSheets and each name read once, kept up to date as the
 * job inserts, renames and deletes tabs, so nothing asks Sheets for a name twice.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class Tabs {
  private readonly entries: Array<{ sheet: Sheet; name: string }>;
  private ids?: Map<string, number>;

  constructor(readonly ss: Spreadsheet) {
    this.entries = ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  }

  get names(): string[] {
    return this.entries.map((e) => e.name);
  }

  get count(): number {
    return this.entries.length;
  }

  all(): ReadonlyArray<{ sheet: Sheet; name: string }> {
    return this.entries;
  }

  byName(name: string): Sheet | undefined {
    return this.entries.find((e) => e.name === name)?.sheet;
  }

  /** 0-based position among the tabs (as getIndex() - 1 would say), -1 for a sheet not among them. */
  indexOf(sheet: Sheet): number {
    return this.entries.findIndex((e) => e.sheet === sheet);
  }

  nameOf(sheet: Sheet): string | undefined {
    return this.entries.find((e) => e.sheet === sheet)?.name;
  }

  /** Inserts a tab (at a 0-based index, or last). */
  insert(name: string, index = this.entries.length): Sheet {
    const sheet = this.ss.insertSheet(name, index);
    this.entries.splice(index, 0, { sheet, name });
    return sheet;
  }

  rename(sheet: Sheet, name: string): void {
    sheet.setName(name);
    const entry = this.entries.find((e) => e.sheet === sheet);
    if (!entry) return;
    const id = this.ids?.get(entry.name);
    this.ids?.delete(entry.name);
    if (id !== undefined) this.ids?.set(name, id);
    entry.name = name;
  }

  remove(sheet: Sheet): void {
    this.ss.deleteSheet(sheet);
    const at = this.entries.findIndex((e) => e.sheet === sheet);
    if (at >= 0) this.ids?.delete(this.entries.splice(at, 1)[0].name);
  }

  /**
   * A tab's sheet id, for links to its cells: read once per job and only for tabs a link points at
   * (an output links to the few tabs with issues, not to every tab).
   */
  idOf(name: string): number | undefined {
    this.ids ??= new Map();
    const known = this.ids.get(name);
    if (known !== undefined) return known;
    const sheet = this.byName(name);
    if (!sheet) return undefined;
    const id = sheet.getSheetId();
    this.ids.set(name, id);
    return id;
  }
}
