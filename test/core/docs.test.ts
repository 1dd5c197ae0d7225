import { readFileSync } from 'node:fs';
import { indicatorsMarkdown, validationMarkdown } from '../../src/core/docsTables';
import { INDICATORS } from '../../src/core/indicators/declarations';
import { RULES } from '../../src/core/validate/rules';

test('docs/INDICATORS.md and docs/VALIDATION.md match the declarations (run `npm run docs`)', () => {
  expect(readFileSync('docs/INDICATORS.md', 'utf8')).toBe(indicatorsMarkdown());
  expect(readFileSync('docs/VALIDATION.md', 'utf8')).toBe(validationMarkdown());
});

test('the generated docs list every indicator and rule', () => {
  for (const d of INDICATORS) expect(indicatorsMarkdown()).toContain(`\`${d.id}\``);
  for (const r of RULES) expect(validationMarkdown()).toContain(`\`${r.id}\``);
});
