import { useEffect, useState } from "react";

/**
 * The words typed in a search box, asked for once typing pauses (`delayMs`), not on every
 * keystroke: `setText` takes each keystroke, `search` is the trimmed text to query with.
 */
export function useTypedSearch(delayMs = 250) {
  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);
  return { search, setText };
}
