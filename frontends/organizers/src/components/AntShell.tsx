import { useLocale } from "@kepu/ui";
import { App, ConfigProvider, Layout, Typography } from "antd";
import enUS from "antd/es/locale/en_US";
import zhCN from "antd/es/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import type { ReactNode } from "react";

/** The platform's blue (the root page's bar), so antd's buttons and links match the rest of the page. */
const theme = { token: { colorPrimary: "#0b5394", borderRadius: 6 } };

/**
 * The organizer app's frame on Ant Design (issue 9 §7): antd's own texts (pagination, pickers, empty
 * states, form messages) and dayjs follow the app's locale (zh-CN or English, switched for every app
 * on the page by `setLocale`); a header with the title, `extra` (who is signed in, the current unit)
 * and the language switch. antd is one shared module of the import map, loaded only by this app.
 */
export function AntShell({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  const { locale, t, setLocale } = useLocale();
  dayjs.locale(locale === "en" ? "en" : "zh-cn");
  return (
    <ConfigProvider locale={locale === "en" ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <App>
        <Layout className="kepu-organizers" lang={locale} style={{ minHeight: "60vh", background: "transparent" }}>
          <Layout.Header className="kepu-organizers-header">
            <Typography.Title level={1} style={{ margin: 0, fontSize: 20, lineHeight: "32px" }}>
              {title}
            </Typography.Title>
            <div className="kepu-organizers-extra">
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
          <Layout.Content className="kepu-organizers-content">{children}</Layout.Content>
        </Layout>
      </App>
    </ConfigProvider>
  );
}

/** Layout rules antd leaves to the page: the header wraps on a phone, the content keeps a margin. */
export const shellStyles = `
.kepu-organizers-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px 16px;
  height: auto; line-height: 1.5; padding: 8px 16px; background: #fff; border-bottom: 1px solid #e5e7eb; }
.kepu-organizers-extra { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; }
.kepu-organizers-content { padding: 12px 16px; max-width: 1200px; width: 100%; margin: 0 auto; box-sizing: border-box; }
.kepu-organizers .ant-menu-horizontal { margin-bottom: 12px; }
@media (max-width: 640px) { .kepu-organizers-content { padding: 8px; } }
`;
