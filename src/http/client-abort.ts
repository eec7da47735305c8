/**
 * Whether an error means the client went away while its request was read (it hung up
 * mid-upload): not a server error, so it is logged as a client abort, without a stack,
 * and never counted as a 500. Node rejects the body read with ECONNRESET ("aborted"),
 * and the Node adapter aborts the request's signal when the connection closes early.
 */
export function isClientAbort(error: unknown, request: Request): boolean {
  if (request.signal.aborted) return true;
  return error instanceof Error && (error as NodeJS.ErrnoException).code === "ECONNRESET";
}
