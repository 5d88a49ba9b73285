import { describe, expect, it } from "vitest";
import { consoleTableProps } from "./ant-shell.js";

describe("consoleTableProps", () => {
  it("pages rows the browser holds, 20 by default, with no size changer and no pager for one page", () => {
    expect(consoleTableProps()).toEqual({
      size: "small",
      scroll: { x: "max-content" },
      pagination: { pageSize: 20, hideOnSinglePage: true, showSizeChanger: false },
    });
    expect(consoleTableProps({ pages: 50 }).pagination).toEqual({
      pageSize: 50,
      hideOnSinglePage: true,
      showSizeChanger: false,
    });
  });

  it("passes a ready pagination or none through, and sets the empty text only when given", () => {
    const cursor = { current: 2, pageSize: 20, total: 41 };
    expect(consoleTableProps({ pages: cursor }).pagination).toBe(cursor);
    expect(consoleTableProps({ pages: false, empty: "暂无" })).toMatchObject({
      pagination: false,
      locale: { emptyText: "暂无" },
    });
    expect(consoleTableProps({ pages: false })).not.toHaveProperty("locale");
  });

  it("scrolls sideways unless told the table fits the window", () => {
    expect(consoleTableProps({ sideways: false })).not.toHaveProperty("scroll");
    expect(consoleTableProps({ sideways: true }).scroll).toEqual({ x: "max-content" });
  });
});
