// Runs once when a Next.js server starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startAcceleratorBans }, { startScheduler }] = await Promise.all([import("./lib/cache/ban-on-expiry"), import("./lib/internal/scheduler")]);
  startAcceleratorBans();
  startScheduler();
}
