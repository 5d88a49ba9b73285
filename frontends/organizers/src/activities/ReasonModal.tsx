import { useLocale } from "@kepu/ui";
import { Alert, Form, Input, Modal } from "antd";
import { useState } from "react";
import { minReasonLength } from "../validation.js";
import { serverRefusals } from "./server-errors.js";

/**
 * A step that needs a reason (cancel an activity or a session, send an activity back): a dialog with
 * what follows (`warning`, e.g. that registrants are mailed), the reason checked inline (2 characters
 * at least, as the server), and the server's refusal under it.
 */
export function ReasonModal({
  open,
  title,
  label,
  warning,
  confirm,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  label: string;
  warning?: string;
  confirm: string;
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const send = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    try {
      await onConfirm(reason.trim());
      form.resetFields();
      onClose();
    } catch (failure) {
      form.setFields([{ name: "reason", errors: serverRefusals(failure).map((refusal) => refusal.message) }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={confirm}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => void send().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {warning ? <Alert type="warning" showIcon title={warning} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" aria-label={title}>
        <Form.Item
          name="reason"
          label={label}
          rules={[
            { required: true, whitespace: true, message: t("acts.reasonNeeded") },
            { min: minReasonLength, max: 1000, message: t("acts.reasonNeeded") },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
