/** Logs where a process serves and closes it cleanly on Ctrl-C or a termination signal. */
export function serveUntilSignal(label: string, running: { url: string; close(): Promise<void> }): void {
  console.log(`${label} ready at ${running.url}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void running.close().then(() => process.exit(0));
    });
  }
}
