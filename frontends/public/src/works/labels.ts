import { type MessageKey, messages } from "@kepu/ui";

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A topic of the one list in the reader's language (an unknown one as it is). */
export function topicLabel(t: Translate, topic: string): string {
  const key = `topic.${topic}`;
  return key in messages["zh-CN"] ? t(key as MessageKey) : topic;
}

/** A message key built from an enum value the graph sends (workKind.SHORT_VIDEO, licence.CC_BY …). */
export function enumLabel(t: Translate, prefix: "workKind" | "creatorRole" | "licence", value: string): string {
  const key = `${prefix}.${value}`;
  return key in messages["zh-CN"] ? t(key as MessageKey) : value;
}
