import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { outboxMailer, smtpMailer } from "./mailer.js";

const mail = { to: "new.editor@example.org", subject: "邀请您加入渝中区科协", text: "请打开链接接受邀请" };

describe("mailers", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("writes an .eml file a mail client can open", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kepu-outbox-"));
    dirs.push(dir);
    await outboxMailer(dir).send(mail);
    const [file] = await readdir(dir);
    const text = await readFile(path.join(dir, file ?? ""), "utf8");
    expect(text).toContain("To: new.editor@example.org");
    expect(text).toContain("Subject: =?UTF-8?B?");
    expect(text).toContain("请打开链接接受邀请");
  });

  it("hands the message to an SMTP relay", async () => {
    const received: { to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, done) {
        let data = "";
        stream.on("data", (chunk: Buffer) => {
          data += chunk.toString();
        });
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.server.address() as AddressInfo;
      await smtpMailer(`smtp://127.0.0.1:${port}?ignoreTLS=true`, "平台 <no-reply@kepu.example.org>").send(mail);
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toEqual(["new.editor@example.org"]);
      expect(received[0]?.data).toContain("From:");
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
