import type { CliCommand } from "../io.js";

// Placeholder until the db command is implemented; replaced before it lands.
export const dbCommand: CliCommand = {
  name: "db",
  summary: "db",
  usage: "hechtingswijzer db",
  async run(_args, io) {
    io.stderr.write("hechtingswijzer db: not implemented yet\n");
    return 1;
  },
};
