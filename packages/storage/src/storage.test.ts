import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import { describe, expect, it } from "vitest";
import { LocalObjectStore } from "./local.js";
import { S3ObjectStore } from "./s3.js";
import { assertKey } from "./store.js";

async function text(stream: Readable | undefined): Promise<string | undefined> {
  if (!stream) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

describe("keys", () => {
  it("refuses keys that could leave the store", () => {
    for (const key of ["../etc/passwd", "a/../../b", "/abs", "a//b", "a/./b", "a\\b", "名字", ""]) {
      expect(() => assertKey(key), key).toThrow(/invalid storage key/);
    }
    expect(() => assertKey("assets/ck123/web.webp")).not.toThrow();
  });
});

describe("LocalObjectStore", () => {
  it("puts, reads whole and by range, tells size and type, deletes one and a prefix", async () => {
    const store = new LocalObjectStore(mkdtempSync(path.join(tmpdir(), "kepu-objects-")));
    await store.put("assets/a1/original", Buffer.from("0123456789"), "text/plain");
    await store.put("assets/a1/thumb", Readable.from([Buffer.from("thumb")]), "image/webp");
    expect(await store.head("assets/a1/original")).toEqual({ bytes: 10, contentType: "text/plain" });
    expect(await text(await store.get("assets/a1/original"))).toBe("0123456789");
    expect(await text(await store.get("assets/a1/original", { start: 2, end: 4 }))).toBe("234");
    await store.delete("assets/a1/original");
    expect(await store.head("assets/a1/original")).toBeUndefined();
    expect(await store.get("assets/a1/original")).toBeUndefined();
    expect(await store.head("assets/a1/thumb")).toEqual({ bytes: 5, contentType: "image/webp" });
    await store.deletePrefix("assets/a1");
    expect(await store.head("assets/a1/thumb")).toBeUndefined();
    await expect(store.put("../escape", Buffer.from("x"), "text/plain")).rejects.toThrow(/invalid storage key/);
  });
});

describe("S3ObjectStore (S3 API mocked)", () => {
  function setup() {
    const client = new S3Client({ region: "us-east-1", credentials: { accessKeyId: "k", secretAccessKey: "s" } });
    const mock = mockClient(client);
    const store = new S3ObjectStore({ bucket: "kepu", prefix: "media", region: "us-east-1" }, client);
    return { mock, store };
  }

  it("writes under the prefix with the type, and reads a range", async () => {
    const { mock, store } = setup();
    mock.on(PutObjectCommand).resolves({});
    mock.on(GetObjectCommand).resolves({ Body: Readable.from([Buffer.from("234")]) as never });
    await store.put("assets/a1/original", Buffer.from("0123456789"), "text/plain");
    const put = mock.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(put).toMatchObject({ Bucket: "kepu", Key: "media/assets/a1/original", ContentType: "text/plain" });
    expect(await text(await store.get("assets/a1/original", { start: 2, end: 4 }))).toBe("234");
    expect(mock.commandCalls(GetObjectCommand)[0]?.args[0].input).toMatchObject({
      Key: "media/assets/a1/original",
      Range: "bytes=2-4",
    });
  });

  it("answers undefined for a missing object, and fails on other errors", async () => {
    const { mock, store } = setup();
    mock
      .on(HeadObjectCommand, { Key: "media/missing" })
      .rejects(Object.assign(new Error("Not Found"), { name: "NotFound", $metadata: { httpStatusCode: 404 } }));
    mock
      .on(HeadObjectCommand, { Key: "media/denied" })
      .rejects(Object.assign(new Error("AccessDenied"), { name: "AccessDenied" }));
    mock.on(HeadObjectCommand, { Key: "media/there" }).resolves({ ContentLength: 7, ContentType: "image/webp" });
    expect(await store.head("missing")).toBeUndefined();
    await expect(store.head("denied")).rejects.toThrow(/AccessDenied/);
    expect(await store.head("there")).toEqual({ bytes: 7, contentType: "image/webp" });
  });

  it("deletes every object under a prefix, page by page", async () => {
    const { mock, store } = setup();
    mock
      .on(ListObjectsV2Command)
      .resolvesOnce({ Contents: [{ Key: "media/assets/a1/original" }], IsTruncated: true, NextContinuationToken: "t" })
      .resolvesOnce({ Contents: [{ Key: "media/assets/a1/thumb" }], IsTruncated: false });
    mock.on(DeleteObjectsCommand).resolves({});
    await store.deletePrefix("assets/a1");
    expect(mock.commandCalls(ListObjectsV2Command).map((call) => call.args[0].input.Prefix)).toEqual([
      "media/assets/a1/",
      "media/assets/a1/",
    ]);
    expect(mock.commandCalls(DeleteObjectsCommand).flatMap((call) => call.args[0].input.Delete?.Objects)).toEqual([
      { Key: "media/assets/a1/original" },
      { Key: "media/assets/a1/thumb" },
    ]);
  });
});
