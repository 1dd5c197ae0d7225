/** .docx to PDF through LibreOffice, when it is installed (Debian: libreoffice-writer-nogui). */
import { execFile } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
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
 * LibreOffice profile, so conversions running side by side do not lock each other out. LibreOffice
 * writes into a fresh folder inside `outDir`, and the PDF is renamed into place only once whole, so
 * a failed conversion leaves an earlier PDF as it was.
 */
export async function convertDocxToPdf(docxPath: string, outDir: string, soffice = findSoffice()): Promise<string> {
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed, so no PDF can be made. Install libreoffice-writer-nogui.');
  const profile = await mkdtemp(join(tmpdir(), 'ishc-soffice-'));
  const staging = await mkdtemp(join(outDir, '.ishc-pdf-'));
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
          staging,
          docxPath,
        ],
        { timeout: 120_000 },
        (error, _stdout, stderr) => (error ? reject(new Error(`soffice failed: ${stderr || error.message}`)) : resolve()),
      );
    });
    const name = `${basename(docxPath).replace(/\.docx$/i, '')}.pdf`;
    if (!existsSync(join(staging, name))) throw new Error(`soffice wrote no ${name}`);
    renameSync(join(staging, name), join(outDir, name));
    return join(outDir, name);
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
  }
}
