import { beforeEach, describe, expect, it } from "vitest";
import { createTestWebApp, visibleText } from "./helpers.js";

let web: Awaited<ReturnType<typeof createTestWebApp>>;
beforeEach(async () => {
  web = await createTestWebApp();
});

/** Opens the form like a browser: the CSRF cookie and the hidden token. */
async function openForm(path = "/reageer?over=pipa") {
  const res = await web.app.request(path);
  const cookie = res.headers.get("set-cookie") ?? "";
  const token = (await res.text()).match(/name="csrf" value="([^"]+)"/)?.[1] ?? "";
  return { res, cookie: cookie.split(";")[0] ?? "", token };
}

function post(fields: Record<string, string>, headers: Record<string, string> = {}, path = "/reageer") {
  return web.app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

describe("Reageer! feedback form", () => {
  it("sets a CSRF cookie, puts the same token in the form and is never cached", async () => {
    const { res, cookie, token } = await openForm();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    expect(res.headers.get("set-cookie")).toMatch(/SameSite=Strict/i);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie).toBe(`hw_csrf=${token}`);
  });

  it("preselects what the feedback is about from ?over=", async () => {
    const html = await (await web.app.request("/reageer?over=pipa")).text();
    expect(html).toMatch(/<option value="pipa" selected="">/);
  });

  it("preselects no topic when the link does not say what the feedback is about (issue 14)", async () => {
    for (const path of ["/reageer", "/reageer?over=bestaat-niet", "/en/reageer", "/reageer?over="]) {
      const html = await (await web.app.request(path)).text();
      const about = html.slice(html.indexOf('<select class="utrecht-select'), html.indexOf("</select>"));
      // Only the empty "choose" option is selected, and it is the first.
      expect(about.match(/selected=""/g), path).toHaveLength(1);
      expect(about, path).toMatch(/<select[^>]*id="about"[^>]*><option value="" selected="">/);
      expect(about, path).not.toMatch(/<option value="\/" selected/);
    }
  });

  it("is linked from every page's footer with the page it is about, where feedback can be about it", async () => {
    const footerLink = async (path: string) => {
      const html = await (await web.app.request(path)).text();
      const footer = html.slice(html.indexOf('<footer class="hw-footer">'));
      return footer.match(/<a href="([^"]*reageer[^"]*)"/)?.[1];
    };
    expect(await footerLink("/interventies/pipa")).toBe("/reageer?over=%2Finterventies%2Fpipa");
    expect(await footerLink("/en/beleidsmakers")).toBe("/en/reageer?over=%2Fbeleidsmakers");
    expect(await footerLink("/")).toBe("/reageer?over=%2F");
    // Not a page feedback is about: the plain form.
    expect(await footerLink("/reageer")).toBe("/reageer");
    // The link it gives selects that topic.
    const form = await (await web.app.request("/reageer?over=%2Finterventies%2Fpipa")).text();
    expect(form).toMatch(/<option value="pipa" selected="">/);
  });

  it("preselects the intervention from its page path too: ?over=/interventies/pipa", async () => {
    const html = await (await web.app.request("/reageer?over=/interventies/pipa")).text();
    expect(html).toMatch(/<option value="pipa" selected="">/);
  });

  it("makes an empty topic a field error in the error summary, like a missing message", async () => {
    for (const [path, words] of [
      ["/reageer", "Kies waar uw reactie over gaat"],
      ["/en/reageer", "Choose what your feedback is about"],
    ] as const) {
      const { cookie, token } = await openForm(path);
      const res = await post({ about: "", message: "", csrf: token }, { Cookie: cookie }, path);
      expect(res.status, path).toBe(400);
      expect(web.feedback).toHaveLength(0);
      const html = await res.text();
      const summary = html.slice(
        html.indexOf("hw-error-summary"),
        html.indexOf("</div>", html.indexOf("hw-error-summary")),
      );
      expect(summary, path).toContain('href="#about"');
      expect(visibleText(summary), path).toContain(words);
      expect(summary, path).toContain('href="#message"');
    }
  });

  it("rejects a POST without a CSRF token and stores nothing", async () => {
    const res = await post({ about: "pipa", message: "Klopt de leeftijd?" });
    expect(res.status).toBe(403);
    expect(web.feedback).toHaveLength(0);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    // What was typed is kept for a second try.
    expect(html).toContain("Klopt de leeftijd?");
  });

  it("rejects a token that does not match the cookie", async () => {
    const { cookie } = await openForm();
    const res = await post({ about: "pipa", message: "x", csrf: "A".repeat(43) }, { Cookie: cookie });
    expect(res.status).toBe(403);
    expect(web.feedback).toHaveLength(0);
  });

  it("rejects a POST from another origin even with a valid token", async () => {
    const { cookie, token } = await openForm();
    const res = await post(
      { about: "pipa", message: "x", csrf: token },
      { Cookie: cookie, Origin: "https://evil.example", Host: "localhost" },
    );
    expect(res.status).toBe(403);
    expect(web.feedback).toHaveLength(0);
  });

  it("stores valid feedback and redirects to the confirmation (POST-redirect-GET)", async () => {
    const { cookie, token } = await openForm();
    const res = await post(
      {
        about: "pipa",
        message: "  De leeftijd van PIPA klopt.  ",
        name: "An",
        email: "an@example.nl",
        role: "professional",
        csrf: token,
      },
      { Cookie: cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/reageer/bedankt?over=pipa");
    expect(web.feedback).toEqual([
      {
        about: "pipa",
        message: "De leeftijd van PIPA klopt.",
        name: "An",
        email: "an@example.nl",
        role: "professional",
      },
    ]);
    const thanks = await web.app.request(res.headers.get("location") as string);
    expect(thanks.status).toBe(200);
    expect(visibleText(await thanks.text())).toContain("Bedankt voor uw reactie");
  });

  it("leaves optional fields out when they are empty, and redirects within English", async () => {
    const { cookie, token } = await openForm("/en/reageer");
    const res = await post(
      { about: "/keuzehulp", message: "Works well", csrf: token },
      { Cookie: cookie },
      "/en/reageer",
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/en/reageer/bedankt?over=%2Fkeuzehulp");
    expect(web.feedback).toEqual([{ about: "/keuzehulp", message: "Works well" }]);
  });

  it("refuses control characters with an error summary naming the field", async () => {
    const { cookie, token } = await openForm();
    const res = await post(
      { about: "pipa", message: "hallo\u0000\u001b[2J", name: "An\u0007", csrf: token },
      { Cookie: cookie },
    );
    expect(res.status).toBe(400);
    expect(web.feedback).toHaveLength(0);
    const html = await res.text();
    for (const field of ["message", "name"]) expect(html).toContain(`href="#${field}"`);
  });

  it("takes an intervention's page path as the API does", async () => {
    const { cookie, token } = await openForm();
    const res = await post(
      { about: "/interventies/pipa", message: "Klopt", csrf: token },
      { Cookie: cookie },
    );
    expect(res.status).toBe(303);
    expect(web.feedback).toEqual([{ about: "/interventies/pipa", message: "Klopt" }]);
  });

  it("validates with an error summary, keeps the input and stores nothing", async () => {
    const { cookie, token } = await openForm();
    const res = await post(
      { about: "iets-anders", message: "   ", email: "geen-adres", role: "koning", name: "Bo", csrf: token },
      { Cookie: cookie },
    );
    expect(res.status).toBe(400);
    expect(web.feedback).toHaveLength(0);
    const html = await res.text();
    expect(html).toMatch(/<title>Fout: Reageer!/);
    for (const field of ["about", "message", "email", "role"]) expect(html).toContain(`href="#${field}"`);
    expect(html).toMatch(/id="email"[^>]*value="geen-adres"/);
    expect(html).toMatch(/id="name"[^>]*value="Bo"/);
  });

  it("refuses a message longer than 5000 characters", async () => {
    const { cookie, token } = await openForm();
    const res = await post({ about: "/", message: "a".repeat(5001), csrf: token }, { Cookie: cookie });
    expect(res.status).toBe(400);
    expect(visibleText(await res.text())).toContain("hoogstens 5000 tekens");
    expect(web.feedback).toHaveLength(0);
  });
});
