/**
 * `ishc province --google ID… | --google-folder FOLDER_ID`: the province roll-up over ward
 * spreadsheets where they live. Reads go through GoogleWardReader (quota, backoff, timeout) and the
 * cache (a re-run skips wards already read); each ward's grids then go through countWard, the very
 * function the .xlsx path uses, so locks and the output are the same.
 */
import type { WardInput } from '../../core/province';
import { isWardGrids } from '../input';
import { InputError, say } from '../messages';
import { countWard, finishProvince, type ProvinceOptions, type ProvinceRun } from '../province';
import { authClient, type GoogleAuthClient } from './auth';
import { WardCache } from './cache';
import { GoogleStop, GoogleWardReader, type WardRead } from './client';
import { type Clock, realClock } from './clock';
import { GoogleGaveUp } from './stop';
import { type BackoffPolicy, DEFAULT_BACKOFF, QuotaLimiter } from './throttle';

export interface GoogleOptions {
  ids: string[];
  folder?: string;
  apiRoot?: string;
  accessToken?: string;
  credentials?: string;
  cacheDir: string;
  /** Sheets API read requests per minute: per user (one run is one user) and per project. */
  perUser: number;
  perProject: number;
  timeoutMs: number;
  /** Wards read at once (the limiter still spaces the requests). */
  concurrency?: number;
  clock?: Clock;
  backoff?: BackoffPolicy;
  /** A safety margin added to each minute window, for clocks and networks that differ from Google's. */
  windowSlackMs?: number;
  /** Called after each ward is read from the API (tests stop a run there). */
  onWardRead?: (done: number) => void;
}

export interface GoogleRunStats {
  wards: number;
  fromCache: number;
  requests: number;
  retries: number;
  /** Wards read the two-request way (their one-request answer did not come). */
  fallbacks: number;
  /** The most requests the limiter let start in any one minute (per user, per project). */
  peakPerMinute: number[];
  elapsedMs: number;
}

const label = (r: { id: string; title?: string }) => (r.title ? `"${r.title}" (${r.id})` : r.id);

export async function runProvinceGoogle(
  g: typeof import('googleapis'),
  opts: ProvinceOptions & GoogleOptions,
): Promise<ProvinceRun & { stats: GoogleRunStats }> {
  const { lang } = opts;
  const clock = opts.clock ?? realClock;
  const started = clock.now();
  // Several identities (comma-separated tokens or key files): each has its own per-user quota; the project's is shared.
  const list = (text: string | undefined) => (text ?? '').split(',').filter((x) => x !== '');
  const tokens = list(opts.accessToken);
  const keys = list(opts.credentials);
  // None given: authClient says how to sign in.
  const identities: Array<{ accessToken?: string; credentials?: string }> =
    tokens.length > 0
      ? tokens.map((accessToken) => ({ accessToken }))
      : keys.length > 0
        ? keys.map((credentials) => ({ credentials }))
        : [{}];
  const auths: GoogleAuthClient[] = [];
  for (const who of identities) auths.push(await authClient(g, { ...who, folder: opts.folder !== undefined, lang }));
  const root = opts.apiRoot ? { rootUrl: opts.apiRoot.endsWith('/') ? opts.apiRoot : `${opts.apiRoot}/` } : {};
  const window = 60_000 + (opts.windowSlackMs ?? 1000);
  const limiter = new QuotaLimiter(
    [
      { limit: opts.perUser, windowMs: window, perUser: true },
      { limit: opts.perProject, windowMs: window },
    ],
    clock,
    auths.length,
  );
  const reader = new GoogleWardReader({
    sheets: auths.map((auth) => g.google.sheets({ version: 'v4', auth, ...root })),
    drive: g.google.drive({ version: 'v3', auth: auths[0], ...root }),
    limiter,
    // Drive API: 12,000 queries per minute per user.
    driveLimiter: new QuotaLimiter([{ limit: 12_000, windowMs: window }], clock),
    clock,
    backoff: opts.backoff ?? DEFAULT_BACKOFF,
    timeoutMs: opts.timeoutMs,
    onRetry: (f, wait) =>
      console.error(say('googleRetry', { why: f.kind === 'retry' ? f.why : f.kind, seconds: (wait / 1000).toFixed(1) }, lang)),
    onFallback: (id, f) => console.error(say('googleFallback', { id, why: f.kind === 'retry' ? f.why : f.kind }, lang)),
  });
  const cache = new WardCache(opts.cacheDir, opts.period.id);
  const stop = (error: unknown): never => {
    if (!(error instanceof GoogleStop)) throw error;
    const f = error.failure;
    if (f.kind === 'unauthenticated' || (f.kind === 'forbidden' && opts.folder === error.id))
      throw new InputError(say('googleAuthRefused', { why: f.why }, lang));
    if (f.kind === 'notFound') throw new InputError(say('googleFolderMissing', { id: error.id }, lang));
    const why = f.kind === 'retry' || f.kind === 'fatal' || f.kind === 'forbidden' ? f.why : '';
    throw new GoogleGaveUp(say('googleGaveUp', { id: error.id, why, folder: cache.folder }, lang));
  };

  let ids = [...new Set(opts.ids)];
  if (opts.folder !== undefined) {
    const files = await reader.listFolder(opts.folder).catch(stop);
    if (files.length === 0) throw new InputError(say('googleFolderEmpty', { id: opts.folder }, lang));
    ids = [...new Set([...ids, ...files.map((f) => f.id)])];
  }

  // Read every ward (from the cache, or the API), a few at a time; the results keep the given order.
  const reads: WardRead[] = new Array(ids.length);
  let fromCache = 0;
  let done = 0;
  let next = 0;
  let failed: unknown;
  const worker = async () => {
    while (failed === undefined && next < ids.length) {
      const i = next++;
      const cached = cache.read(ids[i]);
      if (cached) {
        reads[i] = { kind: 'ward', id: cached.id, title: cached.title, grids: cached.grids };
        fromCache++;
        continue;
      }
      try {
        const read = await reader.readWard(ids[i]);
        reads[i] = read;
        if (read.kind === 'ward' && isWardGrids(read.grids))
          cache.write({ v: 1, id: read.id, title: read.title, readAt: new Date().toISOString(), grids: read.grids });
        opts.onWardRead?.(++done);
      } catch (error) {
        failed ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, ids.length)) }, worker));
  if (failed !== undefined) stop(failed);

  const wards: WardInput[] = [];
  for (const read of reads) {
    if (read.kind === 'notFound') {
      console.error(say('skipped', { reason: say('googleNotFound', { id: read.id }, lang) }, lang));
      continue;
    }
    if (read.kind === 'forbidden') {
      console.error(say('skipped', { reason: say('googleForbidden', { id: read.id, why: read.why }, lang) }, lang));
      continue;
    }
    if (!isWardGrids(read.grids)) {
      console.error(say('skipped', { reason: say('googleNotWard', { name: label(read) }, lang) }, lang));
      continue;
    }
    const counted = countWard(read.grids, read.title, opts.period, opts.today, lang);
    if (counted.kind === 'unfilled') {
      console.error(say('googleSkippedUnfilled', { name: label(read), ward: counted.ward, clubs: counted.clubs }, lang));
      continue;
    }
    if (counted.lockedAt) console.error(say('provinceLocked', { path: label(read), period: opts.period.id, at: counted.lockedAt }, lang));
    wards.push(counted.ward);
  }
  const stats: GoogleRunStats = {
    wards: ids.length,
    fromCache,
    requests: reader.requests,
    retries: reader.retries,
    fallbacks: reader.fallbacks,
    peakPerMinute: limiter.peak,
    elapsedMs: clock.now() - started,
  };
  console.error(
    say(
      'googleDone',
      { wards: ids.length, cached: fromCache, requests: reader.requests, retries: reader.retries, folder: cache.folder },
      lang,
    ),
  );
  return { ...(await finishProvince(wards, opts)), stats };
}
