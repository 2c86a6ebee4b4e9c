import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

// The cluster bench's second reference: nginx serving the exact bytes of the careers pages from files.

export function nginxInstalled(): boolean {
  return spawnSync("nginx", ["-v"], { stdio: "ignore" }).status === 0;
}

export async function startNginx(port: number, files: Record<string, Uint8Array>): Promise<{ origin: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "careers-nginx-"));
  const root = path.join(dir, "root");
  mkdirSync(root);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(root, name), bytes, { mode: 0o644 });
  // mkdtemp makes the folder 0700: nginx's workers (another user when started as root) could not read the files
  // and answered 403 to every request, which the bench counted as errors.
  chmodSync(dir, 0o755);
  chmodSync(root, 0o755);
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes 2;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    default_type text/html;
  }
}
`,
  );
  const child = spawn("nginx", ["-c", conf, "-p", dir], { stdio: "inherit" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let attempt = 0; ; attempt++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (up) break;
    if (attempt > 100) throw new Error("nginx did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill("SIGQUIT");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
