import { createHash, type Hash } from "node:crypto";
import { ActivityFileRefused, fileLevel } from "./activity-problems";

/** A file as bytes in memory, or streamed (an upload, a file on disk) so that memory stays bounded. */
export type ActivityBytes = Uint8Array | AsyncIterable<Uint8Array>;

const MiB = 1024 * 1024;

export function tooLarge(field: string, limit: number): ActivityFileRefused {
  const size = limit >= MiB ? `${Math.round(limit / MiB)} MiB` : `${limit} B`;
  return new ActivityFileRefused([
    fileLevel("TOO_LARGE", field, `文件超过 ${size} 上限。`, `the file is larger than the ${size} limit.`),
  ]);
}

/** The bytes chunk by chunk, hashed (SHA-256) and counted on the way; past `maxBytes` the file is refused. */
export class CountedBytes {
  readonly hash: Hash = createHash("sha256");
  bytes = 0;
  constructor(
    private readonly source: ActivityBytes,
    private readonly maxBytes: number,
    private readonly field: string,
  ) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    const chunks = this.source instanceof Uint8Array ? [this.source] : this.source;
    for await (const chunk of chunks) {
      this.bytes += chunk.byteLength;
      if (this.bytes > this.maxBytes) throw tooLarge(this.field, this.maxBytes);
      this.hash.update(chunk);
      yield chunk;
    }
  }

  digest(): string {
    return this.hash.digest("hex");
  }
}
