/** Blob: bytes with a content type and a name. Apps Script's bytes are signed Java bytes. */
import { instrument } from './calls';
import type { FakeContext } from './context';

export function toSignedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/** Accepts a string (UTF-8) or an array of byte values (signed or unsigned); null otherwise. */
export function bytesFrom(data: unknown): Uint8Array | null {
  if (typeof data === 'string') return new Uint8Array(Buffer.from(data, 'utf8'));
  if (Array.isArray(data) && data.every((b) => Number.isInteger(b) && b >= -128 && b <= 255)) {
    return Uint8Array.from(data as number[], (b) => b & 0xff);
  }
  return null;
}

export class FakeBlob {
  constructor(
    readonly _ctx: FakeContext,
    public _bytes: Uint8Array,
    public _contentType: string | null,
    public _name: string | null,
  ) {}

  getName(): string | null {
    return this._name;
  }

  setName(name: unknown): FakeBlob {
    if (typeof name !== 'string') throw this._ctx.badArgs('Blob.setName', [name]);
    this._name = name;
    return this;
  }

  getContentType(): string | null {
    return this._contentType;
  }

  setContentType(type: unknown): FakeBlob {
    if (typeof type !== 'string') throw this._ctx.badArgs('Blob.setContentType', [type]);
    this._contentType = type;
    return this;
  }

  getBytes(): number[] {
    return toSignedBytes(this._bytes);
  }

  getDataAsString(charset?: unknown): string {
    if (charset !== undefined && !(typeof charset === 'string' && /^utf-?8$/i.test(charset))) {
      throw this._ctx.error(`The fake only decodes UTF-8, not ${String(charset)}.`);
    }
    return Buffer.from(this._bytes).toString('utf8');
  }

  copyBlob(): FakeBlob {
    return new FakeBlob(this._ctx, this._bytes.slice(), this._contentType, this._name);
  }
}
instrument(FakeBlob, 'Blob');
