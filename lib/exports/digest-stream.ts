// Passes a file's bytes through unchanged while counting them and computing their sha256, and
// calls `onComplete` once the last byte has gone through: the record of an export describes
// exactly the bytes that were sent. If `onComplete` throws, the stream fails instead of ending
// normally, so the client never sees a complete download that was not recorded.
import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

export type Digest = { sha256: string; bytes: number };

export class DigestStream extends Transform {
  private readonly hash = createHash("sha256");
  private bytes = 0;

  constructor(private readonly onComplete: (digest: Digest) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.onComplete({ sha256: this.hash.digest("hex"), bytes: this.bytes });
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}
