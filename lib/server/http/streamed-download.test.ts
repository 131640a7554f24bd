import { describe, expect, it } from "vitest";
import { jsonArrayChunks } from "@/lib/open-data/keyset-pages";
import { streamedDownload } from "./streamed-download";

describe("streamedDownload", () => {
  it("sends every chunk, in order, with the headers given", async () => {
    async function* chunks() {
      yield "a";
      yield "é";
      yield "c";
    }
    const response = await streamedDownload(chunks(), { "Content-Type": "text/plain; charset=utf-8" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("aéc");
  });

  it("fails before answering when a JSON download's first page cannot be read (no 200 cut short)", async () => {
    async function* failingPages(): AsyncGenerator<number[]> {
      throw new Error("database unreachable");
    }
    async function* download() {
      yield '{"items":';
      yield* jsonArrayChunks(failingPages(), (n) => n);
      yield "}";
    }
    await expect(streamedDownload(download(), {})).rejects.toThrow("database unreachable");
  });
});
