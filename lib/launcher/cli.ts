// Entry point of the npm scripts: `node --import tsx lib/launcher/cli.ts <command>`.
import { resolveDataDir } from "./data-dir";
import { prepareDatabase } from "./prepare-database";
import { runApp } from "./run-app";
import { runSeed } from "./run-seed";

const USAGE = "usage: cli.ts start | dev | migrate | seed [--repost]";

async function main(command: string | undefined, args: string[]): Promise<number> {
  switch (command) {
    case "start":
    case "dev":
      return runApp(command);
    case "migrate": {
      const database = await prepareDatabase(resolveDataDir(), { seedIfEmpty: false });
      await database.stop();
      return 0;
    }
    case "seed":
      return runSeed({ repost: args.includes("--repost") });
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[careers] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
