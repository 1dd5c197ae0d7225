/** Blob: bytes with a content type and a name. The add-on only hands blobs from File.getAs to Folder.createFile. */
import { instrument } from './calls';
import type { FakeContext } from './context';

export class FakeBlob {
  constructor(
    readonly _ctx: FakeContext,
    readonly _bytes: Uint8Array,
    readonly _contentType: string | null,
    readonly _name: string | null,
  ) {}
}
instrument(FakeBlob, 'Blob');
