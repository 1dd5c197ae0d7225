/**
 * Who the Google reader acts as, with the least it needs:
 *  - `spreadsheets.readonly` to read the wards' values and tab names;
 *  - `drive.metadata.readonly`, only with --google-folder, to list a folder's spreadsheets (names
 *    and ids, never file contents).
 * Three ways in: --access-token (a token got elsewhere, e.g. `gcloud auth print-access-token`; also
 * what tests use against the local server); --credentials with a service account key (the wards are
 * shared with its e-mail as viewer); --credentials with an OAuth client for an installed app (the
 * officer signs in once in a browser; the refresh token is kept in ~/.config/ishc, readable by the
 * user only).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../../core/i18n/messages';
import { InputError, say, UsageError } from '../messages';

export const SCOPES = {
  sheets: 'https://www.googleapis.com/auth/spreadsheets.readonly',
  folder: 'https://www.googleapis.com/auth/drive.metadata.readonly',
} as const;

export const scopesFor = (folder: boolean): string[] => (folder ? [SCOPES.sheets, SCOPES.folder] : [SCOPES.sheets]);

type Googleapis = typeof import('googleapis');
/** What googleapis accepts as `auth`. */
export type GoogleAuthClient = InstanceType<Googleapis['google']['auth']['OAuth2']> | InstanceType<Googleapis['google']['auth']['JWT']>;

interface InstalledSecret {
  client_id: string;
  client_secret: string;
  auth_uri?: string;
  token_uri?: string;
}

function readCredentials(path: string, lang: Lang): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(say('fileMissing', { path }, lang));
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new InputError(say('googleBadCredentials', { path }, lang));
  }
}

export async function authClient(
  g: Googleapis,
  opts: { accessToken?: string; credentials?: string; folder: boolean; lang: Lang; tokenDir?: string },
): Promise<GoogleAuthClient> {
  const { lang } = opts;
  const scopes = scopesFor(opts.folder);
  if (opts.accessToken) {
    const client = new g.google.auth.OAuth2();
    client.setCredentials({ access_token: opts.accessToken });
    return client;
  }
  if (!opts.credentials) throw new UsageError(say('googleNeedsAuth', {}, lang));
  const json = readCredentials(opts.credentials, lang);
  if (json.type === 'service_account' && typeof json.client_email === 'string' && typeof json.private_key === 'string')
    return new g.google.auth.JWT({ email: json.client_email, key: json.private_key, scopes });
  const installed = (json.installed ?? json.web) as InstalledSecret | undefined;
  if (installed && typeof installed.client_id === 'string' && typeof installed.client_secret === 'string')
    return installedAppClient(g, installed, scopes, opts.tokenDir ?? defaultTokenDir(), lang);
  throw new InputError(say('googleBadCredentials', { path: opts.credentials }, lang));
}

function defaultTokenDir(): string {
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'ishc');
}

/**
 * OAuth for an installed app (RFC 8252): a loopback redirect on 127.0.0.1 and PKCE. The consent URL is
 * printed; once the officer agrees, the code comes back to the loopback server and is exchanged for a
 * refresh token, kept per client and scope set so the next run asks nothing.
 */
async function installedAppClient(
  g: Googleapis,
  secret: InstalledSecret,
  scopes: string[],
  tokenDir: string,
  lang: Lang,
): Promise<GoogleAuthClient> {
  const tokenFile = join(
    tokenDir,
    `token-${createHash('sha256')
      .update(`${secret.client_id} ${scopes.join(' ')}`)
      .digest('hex')
      .slice(0, 16)}.json`,
  );
  const endpoints = {
    ...(secret.auth_uri ? { oauth2AuthBaseUrl: secret.auth_uri } : {}),
    ...(secret.token_uri ? { oauth2TokenUrl: secret.token_uri } : {}),
  };
  try {
    const saved = JSON.parse(readFileSync(tokenFile, 'utf8')) as { refresh_token?: string };
    if (saved.refresh_token) {
      const client = new g.google.auth.OAuth2({ clientId: secret.client_id, clientSecret: secret.client_secret, endpoints });
      client.setCredentials(saved);
      return client;
    }
  } catch {
    // No saved sign-in yet: ask for one.
  }
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const redirectUri = `http://127.0.0.1:${port}/`;
  const client = new g.google.auth.OAuth2({ clientId: secret.client_id, clientSecret: secret.client_secret, redirectUri, endpoints });
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const state = randomBytes(16).toString('hex');
  const url = client.generateAuthUrl({
    access_type: 'offline',
    scope: scopes,
    state,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256' as never,
    prompt: 'consent',
  });
  console.error(say('googleSignIn', { url }, lang));
  const code = await new Promise<string>((resolve, reject) => {
    server.on('request', (req, res) => {
      const query = new URL(req.url ?? '/', redirectUri).searchParams;
      if (query.get('state') !== state) {
        res.writeHead(400).end();
        return;
      }
      const got = query.get('code');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<p>${say('googleSignedInPage', {}, lang)}</p>`);
      if (got) resolve(got);
      else reject(new InputError(say('googleSignInRefused', { reason: query.get('error') ?? '?' }, lang)));
    });
  }).finally(() => server.close());
  const { tokens } = await client.getToken({ code, codeVerifier, redirect_uri: redirectUri });
  client.setCredentials(tokens);
  mkdirSync(tokenDir, { recursive: true, mode: 0o700 });
  const tmp = `${tokenFile}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(tokens), { mode: 0o600 });
  renameSync(tmp, tokenFile);
  return client;
}
