import type { ReadStream } from "node:tty";

/** Whether a stream is a terminal that can be put in raw mode (to read without echo). */
export function isTerminal(stream: NodeJS.ReadableStream): stream is ReadStream {
  return (
    (stream as Partial<ReadStream>).isTTY === true && typeof (stream as ReadStream).setRawMode === "function"
  );
}

/**
 * Reads one line from a terminal without showing what is typed (a password). Backspace
 * removes a character; Ctrl-C and Ctrl-D stop with an error. The prompt goes to stderr,
 * so stdout stays clean.
 */
export function readHiddenLine(
  terminal: ReadStream,
  prompt: string,
  stderr: { write(text: string): unknown },
): Promise<string> {
  stderr.write(prompt);
  terminal.setRawMode(true);
  terminal.resume();
  terminal.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let line = "";
    const done = (error?: Error) => {
      terminal.off("data", onData);
      terminal.setRawMode(false);
      terminal.pause();
      stderr.write("\n");
      if (error) reject(error);
      else resolve(line);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return done();
        if (char === "\u0003" || char === "\u0004") return done(new Error("cancelled"));
        if (char === "\u007f" || char === "\b") line = [...line].slice(0, -1).join("");
        else line += char;
      }
    };
    terminal.on("data", onData);
  });
}
