import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import { contractLabel } from "@/lib/public/display";
import { getOpenPosting } from "@/lib/public/public-posting";

// The Open Graph image of a posting (1200×630): its title, team, contract and
// city in Back Market's black and white. The font ships with the `geist` package.
const fontDir = join(process.cwd(), "node_modules/geist/dist/fonts/geist-sans");
const fonts = Promise.all([readFile(join(fontDir, "Geist-Black.ttf")), readFile(join(fontDir, "Geist-Medium.ttf"))]);

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const found = await getOpenPosting((await params).slug);
  if (!found) return new Response("Not found", { status: 404 });
  const { posting, team } = found;
  const [black, medium] = await fonts;
  const facts = [contractLabel(posting.contract.type, "en"), posting.location.office?.city].filter(Boolean).join(" · ");
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#0e0f11", color: "#fff", padding: 72, fontFamily: "Geist" }}>
        <div style={{ fontSize: 36, fontWeight: 900 }}>Back Market Careers</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 28, fontWeight: 500, textTransform: "uppercase", letterSpacing: 2 }}>{team.name}</div>
          <div style={{ fontSize: 72, fontWeight: 900, lineHeight: 1.05, marginTop: 16 }}>{posting.content.en.title}</div>
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
