/** A generated password, shown once: the admin passes it on, it is never shown again. */
export function OneTimePassword({ email, password }: { email: string; password: string }) {
  return (
    <div role="status" className="flex flex-col gap-2 rounded-lg border-2 border-ink bg-mist p-4">
      <p className="text-sm font-bold">Password for {email} (shown once — copy it now):</p>
      <code className="select-all break-all rounded bg-paper px-3 py-2 font-mono text-base" data-testid="one-time-password">
        {password}
      </code>
      <p className="text-sm text-muted">They can change it under “My account” after signing in.</p>
    </div>
  );
}
