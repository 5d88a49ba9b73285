import type { TablePaginationConfig } from "antd";
import { useState } from "react";

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * antd Table paging over a cursor connection (which has no total): page n starts after the cursor
 * learnt from page n − 1, so one may go to any page already seen and one further while there is a
 * next. `after` is the variable for the query; `learn` records the page's pageInfo once its data has
 * come; `pagination(rows)` is the Table's pagination; `restart` goes back to page 1 (a filter changed).
 */
export function useCursorPages(pageSize: number) {
  const [page, setPage] = useState(0);
  // The cursor each page starts after (page 0 from the start); learnt as pages load.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [next, setNext] = useState<PageInfo | null>(null);
  return {
    after: cursors[page] ?? null,
    first: pageSize,
    /** Call with the loaded page's pageInfo (during render is fine: it only sets state when it changed). */
    learn(info: PageInfo | undefined) {
      if (!info) return;
      if (next?.hasNextPage !== info.hasNextPage || next?.endCursor !== info.endCursor) setNext(info);
      if (info.hasNextPage && info.endCursor && cursors[page + 1] !== info.endCursor) {
        setCursors((known) => [...known.slice(0, page + 1), info.endCursor ?? null]);
      }
    },
    restart() {
      setPage(0);
      setCursors([null]);
    },
    pagination(rows: number): TablePaginationConfig {
      return {
        current: page + 1,
        pageSize,
        // As many pages as are known, and one more while there is a next.
        total: page * pageSize + rows + (next?.hasNextPage ? 1 : 0),
        showSizeChanger: false,
        hideOnSinglePage: true,
        onChange: (wanted) => {
          if (cursors[wanted - 1] !== undefined) setPage(wanted - 1);
        },
      };
    },
  };
}
