import { describe, expect, it } from "vitest";
import { forgetUpload, loadUpload, pendingUploads, resumeKey, type SavedUpload, saveUpload } from "./resume-store.js";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const saved = (expiresAt: string): SavedUpload => ({
  assetId: "a1",
  token: "t",
  tokenHeader: "Upload-Token",
  uploadUrl: "http://media/uploads",
  expiresAt,
  fileName: "视频.mp4",
  bytes: 1000,
  sentBytes: 400,
});

describe("uploads that survive a reload", () => {
  const file = { name: "视频.mp4", size: 1000, lastModified: 1 };
  const now = Date.parse("2024-09-15T02:00:00Z");

  it("finds the same file's upload again, per unit and purpose, until its grant expires", () => {
    const storage = memoryStorage();
    const key = resumeKey("org-cq", "WORK_VIDEO", file);
    saveUpload(key, saved("2024-09-16T02:00:00Z"), storage);
    expect(loadUpload(resumeKey("org-cq", "WORK_VIDEO", { ...file }), now, storage)?.sentBytes).toBe(400);
    // Another unit, another purpose, or a changed file is another upload.
    expect(loadUpload(resumeKey("org-hn", "WORK_VIDEO", file), now, storage)).toBeUndefined();
    expect(loadUpload(resumeKey("org-cq", "WORK_COVER", file), now, storage)).toBeUndefined();
    expect(loadUpload(resumeKey("org-cq", "WORK_VIDEO", { ...file, lastModified: 2 }), now, storage)).toBeUndefined();
    expect(pendingUploads("org-cq", "WORK_VIDEO", now, storage)).toHaveLength(1);
    expect(pendingUploads("org-cq", "WORK_COVER", now, storage)).toHaveLength(0);
    // A day later the grant has expired: forgotten.
    expect(loadUpload(key, Date.parse("2024-09-16T02:00:01Z"), storage)).toBeUndefined();
    expect(pendingUploads("org-cq", "WORK_VIDEO", Date.parse("2024-09-16T02:00:01Z"), storage)).toHaveLength(0);
    expect(storage.getItem("kepu.uploads")).toBe("{}");
  });

  it("forgets a finished upload, and survives a damaged store", () => {
    const storage = memoryStorage();
    const key = resumeKey("org-cq", "WORK_VIDEO", file);
    saveUpload(key, saved("2024-09-16T02:00:00Z"), storage);
    forgetUpload(key, storage);
    expect(loadUpload(key, now, storage)).toBeUndefined();
    storage.setItem("kepu.uploads", "{not json");
    expect(pendingUploads("org-cq", "WORK_VIDEO", now, storage)).toEqual([]);
  });
});
