/** LibreOffice is found on PATH first, then in its usual install places. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { findSoffice, SOFFICE_CANDIDATES } from '../../src/cli/docx/pdf';

test('a soffice on PATH wins over the usual install places', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ishc-path-'));
  try {
    writeFileSync(join(dir, 'soffice'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findSoffice(['/nonexistent', dir].join(delimiter))).toBe(join(dir, 'soffice'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with nothing on PATH, only the usual install places are tried', () => {
  expect(findSoffice('')).toBe(SOFFICE_CANDIDATES.find((path) => existsSync(path)));
});
