import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import { contractLabel } from "@/lib/public/display";
import { getOpenPosting } from "@/lib/public/public-posting";

// The Open Graph image of a posting (1200×630): its title, team, contract and
// city in Back Market's black and white; `?lang=fr` for the French page. The
// font ships with the `geist` package (nothing is fetched: works offline).
// An unknown or closed posting has none (404).
const fontDir = join(process.cwd(), "node_modules/geist/dist/fonts/geist-sans");
const fonts = Promise.all([readFile(join(fontDir, "Geist-Black.ttf")), readFile(join(fontDir, "Geist-Medium.ttf"))]);

/** Titles run to 120 characters: the longer the title, the smaller the type, so it stays within four lines. */
function titleSize(title: string): number {
  return title.length <= 40 ? 72 : title.length <= 80 ? 60 : 48;
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const found = await getOpenPosting((await params).slug);
  const locale = new URL(request.url).searchParams.get("lang") === "fr" && found?.posting.content.fr ? "fr" : "en";
  if (!found) return new Response("Not found", { status: 404 });
  const { posting, team } = found;
  const [black, medium] = await fonts;
  const title = posting.content[locale]?.title ?? posting.content.en.title;
  const facts = [contractLabel(posting.contract.type, locale), posting.location.office?.city].filter(Boolean).join(" · ");
  const size = titleSize(title);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#0e0f11", color: "#fff", padding: 72, fontFamily: "Geist" }}>
        <div style={{ fontSize: 36, fontWeight: 900 }}>{locale === "fr" ? "Carrières Back Market" : "Back Market Careers"}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 28, fontWeight: 500, textTransform: "uppercase", letterSpacing: 2 }}>{(locale === "fr" && team.nameFr) || team.name}</div>
          <div style={{ display: "block", fontSize: size, fontWeight: 900, lineHeight: 1.05, marginTop: 16, maxHeight: size * 1.05 * 4, overflow: "hidden", lineClamp: 4 }}>{title}</div>
        </div>
        <div style={{ fontSize: 32, fontWeight: 500 }}>{facts}</div>
      </div>
    ),
    {
      width: 1200,
      height: 630,
      fonts: [
        { name: "Geist", data: black, weight: 900, style: "normal" },
        { name: "Geist", data: medium, weight: 500, style: "normal" },
      ],
      headers: { "Cache-Control": "public, max-age=3600" },
    },
  );
}
