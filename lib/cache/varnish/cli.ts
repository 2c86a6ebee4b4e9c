import { randomBytes } from "node:crypto";
import { startVarnish, varnishInstalled } from "./start-varnish";

// `npm run varnish -- [--port 8080] [--backends 127.0.0.1:3000,127.0.0.1:3001] [--token …]`: Varnish in
// front of the app instances, in the foreground (Ctrl-C stops it). Start each instance with
// CACHE_PURGE_URL=http://127.0.0.1:<port> and the same CACHE_PURGE_TOKEN (README, "Production layout").

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  if (!varnishInstalled()) throw new Error("varnishd is not installed (Debian: apt-get install -y varnish)");
  const port = Number(option("port") ?? 8080);
  const backends = (option("backends") ?? "127.0.0.1:3000")
    .split(",")
    .map((value) => {
      const [host, backendPort] = value.trim().split(":");
      if (!host || !backendPort) throw new Error(`--backends takes host:port pairs, not ${JSON.stringify(value)}`);
      return { host, port: Number(backendPort) };
    });
  const token = option("token") ?? process.env.CACHE_PURGE_TOKEN ?? randomBytes(24).toString("base64url");
  const varnish = await startVarnish({ port, backends, purgeToken: token, stdio: "inherit" });
  console.log(`[varnish] ${varnish.origin} → ${backends.map((b) => `${b.host}:${b.port}`).join(", ")}`);
  console.log(`[varnish] start each instance with CACHE_PURGE_URL=${varnish.origin} CACHE_PURGE_TOKEN=${token}`);
  const stop = () => void varnish.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
