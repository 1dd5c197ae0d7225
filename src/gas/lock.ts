/** One writing job at a time per workbook. */
import { t } from './i18n';

export function withDocumentLock<T>(job: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) throw new Error(t('busy'));
  try {
    return job();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
