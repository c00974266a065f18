import { clientAddress } from "@/lib/http/client-address.ts";

const headers = (xff: string | null) => (name: string) => (name === "x-forwarded-for" ? xff : null);

describe("clientAddress trusts only the proxies it is told about", () => {
  it.each([
    ["one proxy: the entry it appended", "1", "6.6.6.6, 203.0.113.9", "203.0.113.9"],
    ["one proxy, a single entry", "1", "203.0.113.9", "203.0.113.9"],
    ["two proxies: the second entry from the right", "2", "6.6.6.6, 203.0.113.9, 10.0.0.2", "203.0.113.9"],
    ["no proxy: the header is ignored", "0", "6.6.6.6", null],
    ["no header", "1", null, null],
    ["a malformed setting means no proxy", "x", "6.6.6.6", null],
  ])("%s", (_label, hops, xff, expected) => {
    expect(clientAddress(headers(xff), { TRUSTED_PROXY_HOPS: hops })).toBe(expected);
  });
});
