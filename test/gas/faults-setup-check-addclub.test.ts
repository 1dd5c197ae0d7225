/** Fault injection at the calls of set-up, check, add-club, the settings dialog's save: see faultCases.ts for what each run asserts. */
import { describeFaults } from './faultCases';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

describeFaults(['set-up', 'check', 'add-club', 'settings']);
