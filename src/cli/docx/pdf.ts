/** .docx to PDF through LibreOffice, when it is installed (Debian: libreoffice-writer-nogui). */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/local/bin/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/** LibreOffice's soffice: the first `soffice` or `libreoffice` on PATH, else a usual install place. */
export function findSoffice(path = process.env.PATH ?? ''): string | undefined {
  const onPath = path
    .split(delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => ['soffice', 'libreoffice'].map((name) => join(dir, name)));
  return [...onPath, ...SOFFICE_CANDIDATES].find((candidate) => existsSync(candidate));
}

/**
 * Converts one .docx into `<outDir>/<name>.pdf` and returns that path. Each call gets a fresh
 * LibreOffice profile, so conversions running side by side do not lock each other out.
 */
export async function convertDocxToPdf(docxPath: string, outDir: string, soffice = findSoffice()): Promise<string> {
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed, so no PDF can be made. Install libreoffice-writer-nogui.');
  const profile = await mkdtemp(join(tmpdir(), 'ishc-soffice-'));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          outDir,
          docxPath,
        ],
        { timeout: 120_000 },
        (error, _stdout, stderr) => (error ? reject(new Error(`soffice failed: ${stderr || error.message}`)) : resolve()),
      );
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, `${basename(docxPath).replace(/\.docx$/i, '')}.pdf`);
  if (!existsSync(pdf)) throw new Error(`soffice wrote no ${pdf}`);
  return pdf;
}
