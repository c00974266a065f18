import { clientAddress } from "@/lib/http/client-address.ts";
import { trustedProxyHops } from "@/lib/http/trusted-proxy.ts";

const headers = (xff: string | null) => (name: string) => (name === "x-forwarded-for" ? xff : null);

describe("clientAddress trusts only the proxies it is told about", () => {
  it.each([
    ["one proxy: the entry it appended", "1", "6.6.6.6, 203.0.113.9", "203.0.113.9"],
    ["one proxy, a single entry", "1", "203.0.113.9", "203.0.113.9"],
    ["two proxies: the second entry from the right", "2", "6.6.6.6, 203.0.113.9, 10.0.0.2", "203.0.113.9"],
    ["no proxy: the header is ignored", "0", "6.6.6.6", null],
    ["no header", "1", null, null],
    ["a malformed setting means no proxy", "x", "6.6.6.6", null],
    ["a negative setting means no proxy", "-1", "6.6.6.6", null],
    ["a fractional setting means no proxy", "1.5", "6.6.6.6", null],
    ["IPv6", "1", "6.6.6.6, 2001:db8::1", "2001:db8::1"],
    ["a port our proxy added is dropped", "1", "203.0.113.9:51234", "203.0.113.9"],
    ["a bracketed IPv6 with a port", "1", "[2001:db8::1]:443", "2001:db8::1"],
    ["an entry that is not an address is unknown", "1", "6.6.6.6, evil<script>", null],
    ["'unknown' is not an address", "1", "unknown", null],
    ["a NUL byte is not an address", "1", "203.0.113.9\u0000", null],
  ])("%s", (_label, hops, xff, expected) => {
    expect(clientAddress(headers(xff), { TRUSTED_PROXY_HOPS: hops })).toBe(expected);
  });

  test("by default no proxy is trusted: a client's X-Forwarded-For is ignored, however it rotates", () => {
    for (const forged of ["6.6.6.6", "7.7.7.7, 8.8.8.8", "203.0.113.9"])
      expect(clientAddress(headers(forged), {})).toBeNull();
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: " 2 " })).toBe(2);
  });
});
