import type { CliCommand } from "../io.js";

// Placeholder until the advice command is implemented; replaced before it lands.
export const adviceCommand: CliCommand = {
  name: "advice",
  summary: "advice",
  usage: "hechtingswijzer advice",
  async run(_args, io) {
    io.stderr.write("hechtingswijzer advice: not implemented yet\n");
    return 1;
  },
};
