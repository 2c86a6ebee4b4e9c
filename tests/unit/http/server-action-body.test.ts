import { describe, expect, it } from "vitest";
import { checkActionReply, checkFormActionBody } from "@/lib/http/server-action-body";

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("checkActionReply", () => {
  it.each([
    ["JSON arguments", JSON.stringify([{ id: "x", version: 2, tags: ["$$escaped"] }])],
    ["constants", JSON.stringify(["$undefined", "$D2026-01-01T00:00:00.000Z", "$n12345", "$NaN", "$Infinity", "$-0", "$T"])],
    ["a path into the same row (a repeated object)", JSON.stringify([{ a: { b: 1 } }, "$0:0:a"])],
    ["no arguments", "[]"],
  ])("accepts a text body: %s", (_, body) => {
    expect(checkActionReply(body)).toEqual({ ok: true });
  });

  it.each([
    ["a Map of a missing row", JSON.stringify(["$Q1"])],
    ["a FormData in a text body", JSON.stringify(["$K1"])],
    ["a promise of a missing row", JSON.stringify(["$@1"])],
    ["a missing row", JSON.stringify(["$1"])],
    ["the root referencing itself", JSON.stringify(["$0"])],
    ["a Map of the root", JSON.stringify(["$Q0"])],
    ["a server reference", JSON.stringify(["$h1"])],
    ["a bad BigInt", JSON.stringify(["$nxyz"])],
    ["a path that does not resolve", JSON.stringify([{ a: 1 }, "$0:0:b"])],
    ["a reference that is not hex", JSON.stringify(["$zz"])],
    ["not JSON", "{"],
    ["empty", ""],
    ["arguments that are not a list", "null"],
    ["a root that is a reference", '"$Q1"'],
  ])("refuses a text body: %s", (_, body) => {
    expect(checkActionReply(body).ok).toBe(false);
  });

  it("accepts React's multipart replies: FormData entries, outlined rows, Maps, Sets and Blobs", () => {
    expect(checkActionReply(form([["_1_email", "a@b.c"], ["0", JSON.stringify([{ status: "idle" }, "$K1"])]]))).toEqual({ ok: true });
    expect(
      checkActionReply(
        form([
          ["1", JSON.stringify([["k", { v: 1 }]])],
          ["2", JSON.stringify([1, 2])],
          ["3", new Blob(["bytes"])],
          ["4", JSON.stringify({ nested: { deep: true } })],
          ["0", JSON.stringify(["$Q1", "$W2", "$B3", "$4", "$4:nested", "$@4"])],
        ]),
      ),
    ).toEqual({ ok: true });
  });

  it.each([
    ["row 0 promising a missing row", [["0", JSON.stringify(["$@1"])]]],
    ["row 0 not JSON", [["0", "{"]]],
    ["a Map of an object", [["0", JSON.stringify(["$Q1"])], ["1", "{}"]]],
    ["a Map entry that is no pair", [["0", JSON.stringify(["$Q1"])], ["1", '["x"]']]],
    ["the same Map row used twice", [["0", JSON.stringify(["$Q1", "$Q1"])], ["1", "[]"]]],
    ["no row 0", [["1", "[]"]]],
    ["a Blob reference to a text field", [["0", JSON.stringify(["$B1"])], ["1", "text"]]],
    ["a path that does not resolve", [["0", JSON.stringify(["$1:a:b"])], ["1", "{}"]]],
    ["a row referencing itself", [["0", JSON.stringify(["$1"])], ["1", JSON.stringify(["$1"])]]],
    ["row 0 sent twice", [["0", "[]"], ["0", "[]"]]],
    ["a typed array", [["0", JSON.stringify(["$A1"])], ["1", new Blob(["x"])]]],
    ["a stream", [["0", JSON.stringify(["$R1"])], ["1", "[]"]]],
  ] as [string, [string, string | Blob][]][])("refuses a multipart body: %s", (_, entries) => {
    expect(checkActionReply(form(entries)).ok).toBe(false);
  });

  it("refuses nesting deeper than it is willing to walk", () => {
    let nested: unknown = 1;
    for (let i = 0; i < 100; i++) nested = [nested];
    expect(checkActionReply(JSON.stringify([nested])).ok).toBe(false);
  });
});

describe("checkFormActionBody", () => {
  const descriptor = JSON.stringify({ id: "7f00aa", bound: "$@1" });

  it("accepts plain forms, $ACTION_ID_ forms and useActionState forms with their bound state", () => {
    expect(checkFormActionBody(form([["email", "a@b.c"]]))).toEqual({ ok: true });
    expect(checkFormActionBody(form([["$ACTION_ID_7f00aa", ""], ["email", "a@b.c"]]))).toEqual({ ok: true });
    expect(
      checkFormActionBody(form([["$ACTION_REF_1", ""], ["$ACTION_1:0", descriptor], ["$ACTION_1:1", JSON.stringify([{ status: "idle" }])], ["$ACTION_KEY", "k0"]])),
    ).toEqual({ ok: true });
    expect(checkFormActionBody(form([["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id: "7f00aa", bound: null })]]))).toEqual({ ok: true });
  });

  it.each([
    ["missing bound arguments", [["$ACTION_REF_1", ""], ["$ACTION_1:0", descriptor]]],
    ["bound arguments that are not JSON", [["$ACTION_REF_1", ""], ["$ACTION_1:0", descriptor], ["$ACTION_1:1", "{"]]],
    ["bound arguments that are not a list", [["$ACTION_REF_1", ""], ["$ACTION_1:0", descriptor], ["$ACTION_1:1", "{}"]]],
    ["a descriptor that is not JSON", [["$ACTION_REF_1", ""], ["$ACTION_1:0", "{"]]],
    ["no descriptor", [["$ACTION_REF_1", ""]]],
    ["a Map of a string in the bound arguments", [["$ACTION_REF_1", ""], ["$ACTION_1:0", descriptor], ["$ACTION_1:1", JSON.stringify(["$Q2"])], ["$ACTION_1:2", '"x"']]],
    ["a temporary reference", [["$ACTION_REF_1", ""], ["$ACTION_1:0", descriptor], ["$ACTION_1:1", JSON.stringify(["$T"])]]],
  ] as [string, [string, string][]][])("refuses %s", (_, entries) => {
    expect(checkFormActionBody(form(entries)).ok).toBe(false);
  });
});
