/** Writes the shipped report templates as .docx files officers can open and edit in Word. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { TemplateSpec } from '../../core/report/document';
import { shippedTemplates } from '../../core/report/registry';
import { writeFileAtomic } from '../write';
import { buildTemplateDocx } from './build';

/** Writes `<dir>/<name>.docx` for each template (report-6-thang.docx, …); returns the paths written. */
export async function writeDefaultTemplates(dir: string, templates: TemplateSpec[] = shippedTemplates()): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const template of templates) {
    const path = join(dir, `${template.name}.docx`);
    writeFileAtomic(path, await buildTemplateDocx(template));
    written.push(path);
  }
  return written;
}
