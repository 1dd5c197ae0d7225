/**
 * Type-level checks, run by tsc (npm run typecheck): each member surface.ts lists is one of Google's,
 * and each fake class, with its fake types read as the Apps Script types they stand for, is
 * assignable to Google's interface narrowed to those members. A missing member, a wrong return type
 * or too many required parameters is a compile error naming the interface and the member.
 *
 * The fake's parameters are `unknown` (it checks arguments at run time, as Apps Script does), so
 * they accept whatever Google's signatures pass. Nulls are not compared: Apps Script's typings
 * leave out the null that lookups which can miss return (getSheetByName, findText).
 */
import type { ENUMS, EnumKey, FakeOf, Key, SURFACE } from './surface';

/**
 * Drive v3's Files without get's content overload (optionalArgs with alt: 'media' returns the bytes as
 * a string): the fake answers metadata only, and one fake signature cannot return both.
 */
type MetadataFiles = Omit<GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection, 'get'> & {
  get(fileId: string, optionalArgs?: Record<string, unknown>): GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
};

/** The Apps Script interfaces the fake stands in for, by their name under GoogleAppsScript (console is the standard one). */
interface AppsScript {
  'Base.Blob': GoogleAppsScript.Base.Blob;
  'Base.Menu': GoogleAppsScript.Base.Menu;
  'Base.PromptResponse': GoogleAppsScript.Base.PromptResponse;
  'Base.Session': GoogleAppsScript.Base.Session;
  'Base.Ui': GoogleAppsScript.Base.Ui;
  'Base.User': GoogleAppsScript.Base.User;
  'Charts.BarChartBuilder': GoogleAppsScript.Charts.BarChartBuilder;
  'Charts.Chart': GoogleAppsScript.Charts.Chart;
  'Charts.ChartOptions': GoogleAppsScript.Charts.ChartOptions;
  'Charts.Charts': GoogleAppsScript.Charts.Charts;
  'Charts.ColumnChartBuilder': GoogleAppsScript.Charts.ColumnChartBuilder;
  'Charts.DataTable': GoogleAppsScript.Charts.DataTable;
  'Charts.DataTableBuilder': GoogleAppsScript.Charts.DataTableBuilder;
  'Document.Body': GoogleAppsScript.Document.Body;
  'Document.Document': GoogleAppsScript.Document.Document;
  'Document.DocumentApp': GoogleAppsScript.Document.DocumentApp;
  'Document.Element': GoogleAppsScript.Document.Element;
  'Document.InlineImage': GoogleAppsScript.Document.InlineImage;
  'Document.ListItem': GoogleAppsScript.Document.ListItem;
  'Document.Paragraph': GoogleAppsScript.Document.Paragraph;
  'Document.RangeElement': GoogleAppsScript.Document.RangeElement;
  'Document.Table': GoogleAppsScript.Document.Table;
  'Document.TableCell': GoogleAppsScript.Document.TableCell;
  'Document.TableRow': GoogleAppsScript.Document.TableRow;
  'Document.Text': GoogleAppsScript.Document.Text;
  'Docs_v1.AdvancedDocs': GoogleAppsScript.Docs;
  'Docs_v1.DocumentsCollection': GoogleAppsScript.Docs.Collection.DocumentsCollection;
  'Drive_v3.AdvancedDrive': Omit<GoogleAppsScript.Drive, 'Files'> & { Files: MetadataFiles };
  'Drive_v3.FilesCollection': MetadataFiles;
  'Drive.DriveApp': GoogleAppsScript.Drive.DriveApp;
  'Drive.File': GoogleAppsScript.Drive.File;
  'Drive.FileIterator': GoogleAppsScript.Drive.FileIterator;
  'Drive.Folder': GoogleAppsScript.Drive.Folder;
  'Drive.FolderIterator': GoogleAppsScript.Drive.FolderIterator;
  'HTML.HtmlOutput': GoogleAppsScript.HTML.HtmlOutput;
  'HTML.HtmlService': GoogleAppsScript.HTML.HtmlService;
  'Lock.Lock': GoogleAppsScript.Lock.Lock;
  'Lock.LockService': GoogleAppsScript.Lock.LockService;
  'Properties.Properties': GoogleAppsScript.Properties.Properties;
  'Properties.PropertiesService': GoogleAppsScript.Properties.PropertiesService;
  'Script.ClockTriggerBuilder': GoogleAppsScript.Script.ClockTriggerBuilder;
  'Script.ScriptApp': GoogleAppsScript.Script.ScriptApp;
  'Script.SpreadsheetTriggerBuilder': GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  'Script.Trigger': GoogleAppsScript.Script.Trigger;
  'Script.TriggerBuilder': GoogleAppsScript.Script.TriggerBuilder;
  'Spreadsheet.ContainerInfo': GoogleAppsScript.Spreadsheet.ContainerInfo;
  'Spreadsheet.DataValidation': GoogleAppsScript.Spreadsheet.DataValidation;
  'Spreadsheet.EmbeddedChart': GoogleAppsScript.Spreadsheet.EmbeddedChart;
  'Spreadsheet.EmbeddedChartBuilder': GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  'Spreadsheet.DeveloperMetadata': GoogleAppsScript.Spreadsheet.DeveloperMetadata;
  'Spreadsheet.DeveloperMetadataFinder': GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  'Spreadsheet.DeveloperMetadataLocation': GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
  'Spreadsheet.DataValidationBuilder': GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  'Spreadsheet.Protection': GoogleAppsScript.Spreadsheet.Protection;
  'Spreadsheet.Range': GoogleAppsScript.Spreadsheet.Range;
  'Spreadsheet.RangeList': GoogleAppsScript.Spreadsheet.RangeList;
  'Spreadsheet.Sheet': GoogleAppsScript.Spreadsheet.Sheet;
  'Spreadsheet.Spreadsheet': GoogleAppsScript.Spreadsheet.Spreadsheet;
  'Spreadsheet.SpreadsheetApp': GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  'Utilities.Utilities': GoogleAppsScript.Utilities.Utilities;
  console: Console;
}

/** Apps Script's enums the fake has (as { NAME: 'NAME' } objects), by their name under GoogleAppsScript. */
interface AppsScriptEnums {
  'Base.Button': typeof GoogleAppsScript.Base.Button;
  'Base.ButtonSet': typeof GoogleAppsScript.Base.ButtonSet;
  'Charts.ChartType': typeof GoogleAppsScript.Charts.ChartType;
  'Charts.ColumnType': typeof GoogleAppsScript.Charts.ColumnType;
  'Document.Attribute': typeof GoogleAppsScript.Document.Attribute;
  'Document.ElementType': typeof GoogleAppsScript.Document.ElementType;
  'Document.HorizontalAlignment': typeof GoogleAppsScript.Document.HorizontalAlignment;
  'Document.VerticalAlignment': typeof GoogleAppsScript.Document.VerticalAlignment;
  'Spreadsheet.DataValidationCriteria': typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  'Spreadsheet.ProtectionType': typeof GoogleAppsScript.Spreadsheet.ProtectionType;
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Values<T> = T[keyof T];

/** The Apps Script enum type whose member names are exactly T; never if none. */
type EnumValue<T> = Values<{ [E in EnumKey]: Same<T, keyof (typeof ENUMS)[E]> extends true ? Values<AppsScriptEnums[E]> : never }>;
/** The Apps Script enum object T is the fake of; never if none. */
type EnumObject<T> = Values<{ [E in EnumKey]: Same<T, (typeof ENUMS)[E]> extends true ? AppsScriptEnums[E] : never }>;
/** The Apps Script interface fake class instance T stands in for; never if none. */
type Interface<T> = Values<{ [K in Key]: Same<T, FakeOf<K>> extends true ? AppsScript[K] : never }>;

type OrSelf<T, Mapped> = [Mapped] extends [never] ? T : Mapped;

/** A fake value's type as Apps Script's typings put it: fake classes and enums become Google's, through arrays. */
type AsAppsScript<T> = OrSelf<Each<NonNullable<T>>, EnumValue<NonNullable<T>>>;
type Each<T> = T extends readonly (infer U)[] ? AsAppsScript<U>[] : OrSelf<T, Interface<T> | EnumObject<T>>;

type Listed<K extends Key> = (typeof SURFACE)[K]['members'][number];

/** The listed members of a fake class, as Apps Script would type them. */
type Seen<K extends Key> = {
  [P in Listed<K> & keyof FakeOf<K>]: FakeOf<K>[P] extends (...args: infer A) => infer R
    ? (...args: A) => AsAppsScript<R>
    : AsAppsScript<FakeOf<K>[P]>;
};
/** Google's interface narrowed to the listed members. */
type Surface<K extends Key> = { [P in Listed<K> & keyof AppsScript[K]]: AppsScript[K][P] };

type Conforms<Want, Got extends Want> = Got;

/** Fails to compile when surface.ts and the maps above name different interfaces or enums. */
export type Keys = [
  Conforms<keyof AppsScript, Key>,
  Conforms<Key, keyof AppsScript>,
  Conforms<keyof AppsScriptEnums, EnumKey>,
  Conforms<EnumKey, keyof AppsScriptEnums>,
];

/** Fails to compile when surface.ts lists a member Google's interface does not have. */
export type Members = Conforms<{ [K in Key]: readonly (keyof AppsScript[K])[] }, { [K in Key]: (typeof SURFACE)[K]['members'] }>;

/** Fails to compile when a fake member is missing or does not fit Google's signature. */
export type Conformance = Conforms<{ [K in Key]: Surface<K> }, { [K in Key]: Seen<K> }>;

/** Fails to compile when a fake enum has a member name Apps Script's enum lacks. */
export type EnumConformance = Conforms<{ [E in EnumKey]: keyof AppsScriptEnums[E] }, { [E in EnumKey]: keyof (typeof ENUMS)[E] }>;
