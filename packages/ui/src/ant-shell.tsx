/**
 * The frame of the admin consoles (organizer and reviewer apps, issue 9 §7) on Ant Design: one
 * theme, antd's own texts and dayjs following the page's language, a header with the title, what
 * the app puts beside it and the language switch. It knows no service: each app gives its title and
 * its header's extra. antd and dayjs are shared modules of the import map, so only the apps that
 * import this subpath (`@kepu/ui/ant-shell`) fetch them, never the public app.
 */
import { App, ConfigProvider, Layout, type TablePaginationConfig, type ThemeConfig, Typography } from "antd";
import enUS from "antd/es/locale/en_US";
import zhCN from "antd/es/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import type { ReactNode } from "react";
import { useLocale } from "./locale.js";

/**
 * The consoles' theme, the one place their colours are set. The platform's blue (the root page's
 * bar) for buttons and links; and antd's colours that fail WCAG 2.1 AA contrast (GB/T 37668) made
 * darker: tertiary text (secondary Typography, descriptions, form help, empty texts) is black at
 * 45 % in antd (#8c8c8c, 3.4:1 on white), here 62 % (6.2:1); placeholders 25 % → 55 % (4.7:1);
 * danger red #ff4d4f (3.2:1) → #cf1322 (5.6:1). Tags write in their status or preset colour on a
 * pale ground (#52c41a on #f6ffed is 2.1:1): theirs are the palette's darker shades (≥ 5:1), and
 * a table's empty text is the tertiary grey, not the disabled one. Disabled controls keep antd's
 * lighter grey (WCAG exempts them).
 */
export const consoleTheme: ThemeConfig = {
  token: {
    colorPrimary: "#0b5394",
    colorLink: "#0b5394",
    colorError: "#cf1322",
    borderRadius: 6,
    colorTextSecondary: "rgba(0, 0, 0, 0.7)",
    colorTextTertiary: "rgba(0, 0, 0, 0.62)",
    colorTextDescription: "rgba(0, 0, 0, 0.62)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.55)",
  },
  components: {
    Tag: {
      colorSuccess: "#237804",
      colorInfo: "#0958d9",
      colorWarning: "#ad4e00",
      colorError: "#cf1322",
      green7: "#237804",
      orange7: "#ad4e00",
      cyan7: "#006d75",
      gold7: "#874d00",
      volcano7: "#ad2102",
      lime7: "#3f6600",
      yellow7: "#876800",
    },
    Table: { colorTextDisabled: "rgba(0, 0, 0, 0.62)" },
  },
};

/**
 * The console's frame: `ConfigProvider` with antd's zh_CN or en_US following the app's locale (switched
 * for every app on the page by `setLocale`), dayjs's locale with it, and a header with `title`,
 * `extra` and the language switch. `className` names the frame for the app's own styles.
 */
export function AntShell({
  title,
  extra,
  className,
  children,
}: {
  title: string;
  extra?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const { locale, t, setLocale } = useLocale();
  dayjs.locale(locale === "en" ? "en" : "zh-cn");
  return (
    <ConfigProvider locale={locale === "en" ? enUS : zhCN} theme={consoleTheme} button={{ autoInsertSpace: false }}>
      <App>
        <style>{antShellStyles}</style>
        <Layout
          className={["kepu-console", className].filter(Boolean).join(" ")}
          lang={locale}
          style={{ minHeight: "60vh", background: "transparent" }}
        >
          <Layout.Header className="kepu-console-header">
            <Typography.Title level={1} style={{ margin: 0, fontSize: 20, lineHeight: "32px" }}>
              {title}
            </Typography.Title>
            <div className="kepu-console-extra">
              {extra}
              <button
                type="button"
                className="kepu-link"
                onClick={() => setLocale(locale === "zh-CN" ? "en" : "zh-CN")}
              >
                {t("lang.switch")}
              </button>
            </div>
          </Layout.Header>
          <Layout.Content className="kepu-console-content">{children}</Layout.Content>
        </Layout>
      </App>
    </ConfigProvider>
  );
}

/** The Table props every console list shares (see `consoleTableProps`). */
export interface ConsoleTableProps {
  size: "small";
  scroll?: { x: "max-content" };
  pagination: TablePaginationConfig | false;
  locale?: { emptyText: ReactNode };
}

/**
 * The props every console table shares, to spread into antd's Table: small rows, scrolled sideways
 * on a phone rather than squeezed (unless `sideways` is false: a table whose columns wrap to fit), `empty` as the empty text, and its paging: `pages` rows a page
 * over rows the browser holds (no pager for a single page, no size changer: the page size is the
 * app's), a ready pagination (a cursor connection's, from useCursorPages), or false for none.
 */
export function consoleTableProps({
  pages = 20,
  empty,
  sideways = true,
}: {
  pages?: number | TablePaginationConfig | false;
  empty?: ReactNode;
  /** false: the table fits the window and never scrolls sideways (its columns wrap instead). */
  sideways?: boolean;
} = {}): ConsoleTableProps {
  return {
    size: "small",
    ...(sideways ? { scroll: { x: "max-content" } } : {}),
    pagination: typeof pages === "number" ? { pageSize: pages, hideOnSinglePage: true, showSizeChanger: false } : pages,
    ...(empty === undefined ? {} : { locale: { emptyText: empty } }),
  };
}

/** Layout rules antd leaves to the page: the header wraps on a phone, the content keeps a margin. */
export const antShellStyles = `
.kepu-console-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px 16px;
  height: auto; line-height: 1.5; padding: 8px 16px; background: #fff; border-bottom: 1px solid #e5e7eb; }
.kepu-console-extra { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; }
.kepu-console-content { padding: 12px 16px; max-width: 1200px; width: 100%; margin: 0 auto; box-sizing: border-box; min-width: 0; }
.kepu-console .ant-menu-horizontal { margin-bottom: 12px; flex-wrap: wrap; }
.kepu-console-content a:not(.ant-btn) { text-decoration: underline; text-underline-offset: 2px; }
.kepu-console-content .ant-menu a, .kepu-console-content .ant-pagination a { text-decoration: none; }
.kepu-console h2.ant-typography { font-size: 20px; margin-top: 8px; }
@media (max-width: 640px) { .kepu-console-content { padding: 8px; } }
`;
