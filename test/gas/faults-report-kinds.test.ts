/** Fault injection at the calls of a report of another kind (provisional) and of the PDF export: see faultCases.ts. */
import { describeFaults } from './faultCases';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

describeFaults(['report-year', 'report-pdf']);
