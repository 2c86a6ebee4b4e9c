"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string };

/** The admin sections; the current one is marked with aria-current. */
export function AdminNavLinks({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap items-center gap-1">
      {links.map((link) => {
        const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={current ? "page" : undefined}
              className="rounded-full px-3 py-2 text-sm font-bold hover:bg-mist aria-[current=page]:bg-ink aria-[current=page]:text-paper"
            >
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
