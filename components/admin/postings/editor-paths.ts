// Dotted paths ("content.en.missions.2") into the form's posting, the same
// paths the schema's messages use.

const key = (part: string): string | number => (/^\d+$/.test(part) ? Number(part) : part);

export function getPath(source: unknown, path: string): unknown {
  let current: unknown = source;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key(part)];
  }
  return current;
}

export function setPath(target: object, path: string, value: unknown): void {
  const parts = path.split(".");
  let current = target as Record<string | number, unknown>;
  for (const part of parts.slice(0, -1)) {
    const next = current[key(part)];
    if (next === null || typeof next !== "object") throw new Error(`Cannot set ${path}: ${part} is not an object`);
    current = next as Record<string | number, unknown>;
  }
  current[key(parts.at(-1)!)] = value;
}
