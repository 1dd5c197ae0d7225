/**
 * The fake's whole public surface: for each Apps Script interface it stands in for (keyed by its
 * name under GoogleAppsScript), the fake class and the members that src/gas and the tests use.
 * Nothing else is public on a fake class.
 *
 * - tsc (npm run typecheck) checks, in conformance.ts, that every listed member is one of Google's
 *   (@types/google-apps-script) and that the fake's has a compatible signature.
 * - test/fakes/surface.test.ts checks that every public method of a fake class is listed here, and
 *   type-checks src/gas with these fake classes in place of the Apps Script types, so src/gas calls
 *   nothing the fake lacks. That is why this file names no GoogleAppsScript type.
 */
import { FakeAdvancedDocs, FakeDocumentsCollection } from './advancedDocs';
import { FakeAdvancedDrive, FakeFilesCollection, FakeUtilities } from './advancedDrive';
import { FakeBlob } from './blob';
import {
  ChartType,
  ColumnType,
  FakeBarChartBuilder,
  FakeChart,
  FakeChartOptions,
  FakeCharts,
  FakeColumnChartBuilder,
  FakeContainerInfo,
  FakeDataTable,
  FakeDataTableBuilder,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
} from './charts';
import { FakeBody, FakeTable, FakeTableCell, FakeTableRow } from './doc-containers';
import { FakeElement, FakeInlineImage, FakeListItem, FakeParagraph, FakeRangeElement, FakeText } from './doc-element';
import { Attribute, ElementType, HorizontalAlignment, VerticalAlignment } from './doc-model';
import { FakeDocument, FakeDocumentApp } from './document';
import { FakeDriveApp, FakeFile, FakeFileIterator, FakeFolder, FakeFolderIterator } from './drive';
import { FakeHtmlOutput, FakeHtmlService } from './html';
import { FakeDeveloperMetadata, FakeDeveloperMetadataFinder, FakeDeveloperMetadataLocation } from './metadata';
import { FakeProtection, ProtectionType } from './protection';
import { FakeRange, FakeRangeList } from './range';
import {
  FakeClockTriggerBuilder,
  FakeConsole,
  FakeLock,
  FakeLockService,
  FakeProperties,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeSpreadsheetTriggerBuilder,
  FakeTrigger,
  FakeTriggerBuilder,
} from './services';
import { FakeSheet, FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { Button, ButtonSet, FakeMenu, FakePromptResponse, FakeUi } from './ui';
import { DataValidationCriteria, FakeDataValidation, FakeDataValidationBuilder, FakeUser } from './validation';

type AnyClass = abstract new (...args: never[]) => unknown;

/**
 * Members are listed under the interface Apps Script's typings put them on: Element's under
 * Document.Element (what getChild returns), even though the fake's elements inherit them.
 */
export const SURFACE = {
  'Base.Blob': { fake: FakeBlob, members: [] },
  'Base.Menu': { fake: FakeMenu, members: ['addItem', 'addSeparator', 'addSubMenu', 'addToUi'] },
  'Base.PromptResponse': { fake: FakePromptResponse, members: ['getResponseText', 'getSelectedButton'] },
  'Base.Session': { fake: FakeSession, members: ['getActiveUser', 'getActiveUserLocale', 'getEffectiveUser'] },
  'Base.Ui': {
    fake: FakeUi,
    members: ['Button', 'ButtonSet', 'alert', 'createAddonMenu', 'createMenu', 'prompt', 'showModalDialog', 'showSidebar'],
  },
  'Base.User': { fake: FakeUser, members: ['getEmail'] },
  'Charts.BarChartBuilder': {
    fake: FakeBarChartBuilder,
    members: ['build', 'setColors', 'setDataTable', 'setDimensions', 'setOption', 'setTitle'],
  },
  'Charts.Chart': { fake: FakeChart, members: ['getAs'] },
  'Charts.ChartOptions': { fake: FakeChartOptions, members: ['get'] },
  'Charts.Charts': { fake: FakeCharts, members: ['ChartType', 'ColumnType', 'newBarChart', 'newColumnChart', 'newDataTable'] },
  'Charts.ColumnChartBuilder': {
    fake: FakeColumnChartBuilder,
    members: ['build', 'setColors', 'setDataTable', 'setDimensions', 'setOption', 'setTitle'],
  },
  'Charts.DataTable': { fake: FakeDataTable, members: [] },
  'Charts.DataTableBuilder': { fake: FakeDataTableBuilder, members: ['addColumn', 'addRow', 'build'] },
  'Document.Body': {
    fake: FakeBody,
    members: [
      'appendParagraph',
      'appendTable',
      'findText',
      'getChild',
      'getChildIndex',
      'getMarginBottom',
      'getMarginLeft',
      'getMarginRight',
      'getMarginTop',
      'getNumChildren',
      'getPageHeight',
      'getPageWidth',
      'getParagraphs',
      'getText',
      'insertListItem',
      'insertParagraph',
      'insertTable',
      'removeChild',
      'replaceText',
      'setMarginBottom',
      'setMarginLeft',
      'setMarginRight',
      'setMarginTop',
      'setPageHeight',
      'setPageWidth',
    ],
  },
  'Document.Document': { fake: FakeDocument, members: ['getBody', 'getId', 'getName', 'saveAndClose'] },
  'Document.DocumentApp': {
    fake: FakeDocumentApp,
    members: ['Attribute', 'ElementType', 'HorizontalAlignment', 'VerticalAlignment', 'create', 'openById'],
  },
  'Document.Element': { fake: FakeElement, members: ['asListItem', 'asParagraph', 'asTable', 'getType', 'removeFromParent'] },
  'Document.InlineImage': { fake: FakeInlineImage, members: ['getHeight', 'getWidth', 'setAltTitle', 'setHeight', 'setWidth'] },
  'Document.ListItem': { fake: FakeListItem, members: ['copy', 'findText', 'getText', 'replaceText'] },
  'Document.Paragraph': {
    fake: FakeParagraph,
    members: ['appendInlineImage', 'copy', 'editAsText', 'findText', 'getText', 'merge', 'replaceText', 'setAttributes', 'setText'],
  },
  'Document.RangeElement': { fake: FakeRangeElement, members: ['getElement', 'getEndOffsetInclusive', 'getStartOffset'] },
  'Document.Table': {
    fake: FakeTable,
    members: [
      'copy',
      'getBorderWidth',
      'getCell',
      'getNumRows',
      'getRow',
      'getText',
      'insertTableRow',
      'removeRow',
      'setBorderWidth',
      'setColumnWidth',
    ],
  },
  'Document.TableCell': {
    fake: FakeTableCell,
    members: [
      'appendParagraph',
      'appendTable',
      'getChild',
      'getChildIndex',
      'getNumChildren',
      'getText',
      'insertListItem',
      'insertParagraph',
      'insertTable',
      'replaceText',
      'setVerticalAlignment',
    ],
  },
  'Document.TableRow': { fake: FakeTableRow, members: ['copy', 'findText', 'getCell', 'getNumCells', 'getText', 'replaceText'] },
  'Document.Text': { fake: FakeText, members: ['asText', 'deleteText', 'getParent', 'insertText', 'setAttributes'] },
  // The Docs advanced service (API v1): the global `Docs` and its Documents collection.
  'Docs_v1.AdvancedDocs': { fake: FakeAdvancedDocs, members: ['Documents'] },
  'Docs_v1.DocumentsCollection': { fake: FakeDocumentsCollection, members: ['batchUpdate', 'get'] },
  // The Drive advanced service (API v3): the global `Drive` and its Files collection.
  'Drive_v3.AdvancedDrive': { fake: FakeAdvancedDrive, members: ['Files'] },
  'Drive_v3.FilesCollection': { fake: FakeFilesCollection, members: ['copy', 'create', 'get', 'list', 'update'] },
  'Drive.DriveApp': { fake: FakeDriveApp, members: ['createFolder', 'getFileById', 'getFolderById', 'getFoldersByName'] },
  'Drive.File': {
    fake: FakeFile,
    members: [
      'getAs',
      'getDateCreated',
      'getDescription',
      'getId',
      'getName',
      'getUrl',
      'isTrashed',
      'makeCopy',
      'moveTo',
      'setDescription',
      'setName',
      'setTrashed',
    ],
  },
  'Drive.FileIterator': { fake: FakeFileIterator, members: ['hasNext', 'next'] },
  'Drive.Folder': { fake: FakeFolder, members: ['createFile', 'getFilesByName', 'getFilesByType', 'getId', 'getName', 'getUrl'] },
  'Drive.FolderIterator': { fake: FakeFolderIterator, members: ['hasNext', 'next'] },
  'HTML.HtmlOutput': {
    fake: FakeHtmlOutput,
    members: ['append', 'getContent', 'getTitle', 'setContent', 'setHeight', 'setTitle', 'setWidth'],
  },
  'HTML.HtmlService': { fake: FakeHtmlService, members: ['createHtmlOutput', 'createHtmlOutputFromFile'] },
  'Lock.Lock': { fake: FakeLock, members: ['releaseLock', 'tryLock'] },
  'Lock.LockService': { fake: FakeLockService, members: ['getDocumentLock'] },
  'Properties.Properties': { fake: FakeProperties, members: ['deleteProperty', 'getProperty', 'setProperty'] },
  'Properties.PropertiesService': { fake: FakePropertiesService, members: ['getDocumentProperties'] },
  'Script.ClockTriggerBuilder': { fake: FakeClockTriggerBuilder, members: ['after', 'create'] },
  'Script.ScriptApp': { fake: FakeScriptApp, members: ['deleteTrigger', 'getProjectTriggers', 'getUserTriggers', 'newTrigger'] },
  'Script.SpreadsheetTriggerBuilder': { fake: FakeSpreadsheetTriggerBuilder, members: ['create', 'onEdit'] },
  'Script.Trigger': { fake: FakeTrigger, members: ['getHandlerFunction', 'getUniqueId'] },
  'Script.TriggerBuilder': { fake: FakeTriggerBuilder, members: ['forSpreadsheet', 'timeBased'] },
  'Spreadsheet.DeveloperMetadata': {
    fake: FakeDeveloperMetadata,
    members: ['getId', 'getKey', 'getLocation', 'getValue', 'remove', 'setValue'],
  },
  'Spreadsheet.DeveloperMetadataFinder': { fake: FakeDeveloperMetadataFinder, members: ['find', 'withKey'] },
  'Spreadsheet.DeveloperMetadataLocation': { fake: FakeDeveloperMetadataLocation, members: ['getRow', 'getSheet'] },
  'Spreadsheet.ContainerInfo': { fake: FakeContainerInfo, members: ['getAnchorColumn', 'getAnchorRow', 'getOffsetX', 'getOffsetY'] },
  'Spreadsheet.EmbeddedChart': {
    fake: FakeEmbeddedChart,
    members: ['getAs', 'getBlob', 'getChartId', 'getContainerInfo', 'getOptions', 'getRanges', 'modify'],
  },
  'Spreadsheet.EmbeddedChartBuilder': {
    fake: FakeEmbeddedChartBuilder,
    members: ['addRange', 'build', 'getRanges', 'setChartType', 'setOption', 'setPosition'],
  },
  'Spreadsheet.DataValidation': {
    fake: FakeDataValidation,
    members: ['getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText'],
  },
  'Spreadsheet.DataValidationBuilder': {
    fake: FakeDataValidationBuilder,
    members: [
      'build',
      'requireDate',
      'requireNumberBetween',
      'requireNumberGreaterThanOrEqualTo',
      'requireNumberLessThanOrEqualTo',
      'requireTextIsEmail',
      'requireValueInList',
      'setAllowInvalid',
      'setHelpText',
    ],
  },
  'Spreadsheet.Protection': {
    fake: FakeProtection,
    members: [
      'addEditors',
      'canDomainEdit',
      'getDescription',
      'getEditors',
      'isWarningOnly',
      'removeEditors',
      'setDescription',
      'setDomainEdit',
      'setWarningOnly',
    ],
  },
  'Spreadsheet.Range': {
    fake: FakeRange,
    members: [
      'activate',
      'addDeveloperMetadata',
      'getBackground',
      'getBackgrounds',
      'getColumn',
      'getDataValidation',
      'getDataValidations',
      'getDeveloperMetadata',
      'getFormulas',
      'getNote',
      'getNotes',
      'getNumColumns',
      'getNumRows',
      'getNumberFormats',
      'getRow',
      'getSheet',
      'getValue',
      'getValues',
      'setBackground',
      'setBackgrounds',
      'setDataValidation',
      'setDataValidations',
      'setFontSize',
      'setFontWeight',
      'setNotes',
      'setNumberFormats',
      'setValue',
      'setValues',
      'setWrap',
    ],
  },
  'Spreadsheet.RangeList': {
    fake: FakeRangeList,
    members: ['clearNote', 'setBackground', 'setFontSize', 'setFontWeight', 'setValue', 'setWrap'],
  },
  'Spreadsheet.Sheet': {
    fake: FakeSheet,
    members: [
      'addDeveloperMetadata',
      'appendRow',
      'clear',
      'clearContents',
      'deleteRows',
      'getDataRange',
      'getDeveloperMetadata',
      'getCharts',
      'getFrozenRows',
      'getIndex',
      'getLastRow',
      'getMaxColumns',
      'getMaxRows',
      'getName',
      'getProtections',
      'getRange',
      'getRangeList',
      'getSheetId',
      'getSheetValues',
      'getTabColor',
      'hideSheet',
      'insertChart',
      'insertColumnsAfter',
      'isSheetHidden',
      'insertRowsAfter',
      'newChart',
      'protect',
      'removeChart',
      'setColumnWidths',
      'setFrozenRows',
      'setName',
      'setTabColor',
      'updateChart',
    ],
  },
  'Spreadsheet.Spreadsheet': {
    fake: FakeSpreadsheet,
    members: [
      'addDeveloperMetadata',
      'createDeveloperMetadataFinder',
      'deleteSheet',
      'getDeveloperMetadata',
      'getOwner',
      'getSheetByName',
      'getSheets',
      'getSpreadsheetLocale',
      'insertSheet',
      'setSpreadsheetLocale',
      'setSpreadsheetTimeZone',
      'toast',
    ],
  },
  'Spreadsheet.SpreadsheetApp': {
    fake: FakeSpreadsheetApp,
    members: ['ProtectionType', 'flush', 'getActive', 'getUi', 'newDataValidation'],
  },
  'Utilities.Utilities': { fake: FakeUtilities, members: ['base64Decode', 'newBlob'] },
  console: { fake: FakeConsole, members: ['error'] },
} as const satisfies Record<string, { fake: AnyClass; members: readonly string[] }>;

export const ENUMS = {
  'Base.Button': Button,
  'Base.ButtonSet': ButtonSet,
  'Charts.ChartType': ChartType,
  'Charts.ColumnType': ColumnType,
  'Document.Attribute': Attribute,
  'Document.ElementType': ElementType,
  'Document.HorizontalAlignment': HorizontalAlignment,
  'Document.VerticalAlignment': VerticalAlignment,
  'Spreadsheet.DataValidationCriteria': DataValidationCriteria,
  'Spreadsheet.ProtectionType': ProtectionType,
} as const satisfies Record<string, Readonly<Record<string, string>>>;

/** The global each fake service is installed as (createGasEnvironment); console stays the standard global type. */
export const GLOBALS = {
  Charts: 'Charts.Charts',
  Docs: 'Docs_v1.AdvancedDocs',
  DocumentApp: 'Document.DocumentApp',
  Drive: 'Drive_v3.AdvancedDrive',
  DriveApp: 'Drive.DriveApp',
  HtmlService: 'HTML.HtmlService',
  LockService: 'Lock.LockService',
  PropertiesService: 'Properties.PropertiesService',
  ScriptApp: 'Script.ScriptApp',
  Session: 'Base.Session',
  SpreadsheetApp: 'Spreadsheet.SpreadsheetApp',
  Utilities: 'Utilities.Utilities',
  console: 'console',
} as const satisfies Record<string, keyof typeof SURFACE>;

export type Key = keyof typeof SURFACE;
export type EnumKey = keyof typeof ENUMS;
/** The fake class instance standing in for an Apps Script interface. */
export type FakeOf<K extends Key> = (typeof SURFACE)[K]['fake'] extends abstract new (...args: never[]) => infer I ? I : never;
/** The fake's value type of an Apps Script enum: its member names. */
export type EnumOf<E extends EnumKey> = keyof (typeof ENUMS)[E];
