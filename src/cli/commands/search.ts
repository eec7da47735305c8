import type { CliCommand } from "../io.js";

// Placeholder until the search command is implemented; replaced before it lands.
export const searchCommand: CliCommand = {
  name: "search",
  summary: "search",
  usage: "hechtingswijzer search",
  async run(_args, io) {
    io.stderr.write("hechtingswijzer search: not implemented yet\n");
    return 1;
  },
};
