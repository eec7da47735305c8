import type { CliCommand } from "../io.js";

// Placeholder until the content command is implemented; replaced before it lands.
export const contentCommand: CliCommand = {
  name: "content",
  summary: "content",
  usage: "hechtingswijzer content",
  async run(_args, io) {
    io.stderr.write("hechtingswijzer content: not implemented yet\n");
    return 1;
  },
};
