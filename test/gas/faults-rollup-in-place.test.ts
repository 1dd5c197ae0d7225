/** Fault injection at the calls of a roll-up that writes its outputs in place: see faultCases.ts for what each run asserts. */
import { describeFaults } from './faultCases';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

describeFaults(['roll-up-in-place']);
