import { describe, expect, it } from "vitest";
import { addressBucket, forwardedClient } from "./client-address.js";

describe("forwardedClient", () => {
  it("takes the address the given number of hops from the right", () => {
    expect(forwardedClient("1.1.1.1, 2.2.2.2, 3.3.3.3", 1)).toBe("3.3.3.3");
    expect(forwardedClient("1.1.1.1, 2.2.2.2, 3.3.3.3", 2)).toBe("2.2.2.2");
    // Fewer entries than hops: the leftmost there is (every entry came through a trusted proxy).
    expect(forwardedClient("2.2.2.2", 3)).toBe("2.2.2.2");
    expect(forwardedClient(" , ", 1)).toBeUndefined();
    expect(forwardedClient(undefined, 1)).toBeUndefined();
  });
});

describe("addressBucket", () => {
  it("groups IPv6 by /64 and reads IPv4-mapped addresses as IPv4", () => {
    expect(addressBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:DB8:1:2:ffff::9")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("local")).toBe("local");
  });
});
