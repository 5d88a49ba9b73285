import { errorMessage } from "@kepu/graphql-client";
import { useCallback, useState } from "react";

/**
 * One user action that talks to the server: busy while it runs, the server's message when it
 * fails. The form keeps its own state, so nothing typed is lost on failure.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (failure) {
      setError(errorMessage(failure));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
